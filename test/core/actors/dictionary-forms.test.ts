import { entityData } from '../../../src/core/entities/data.ts';
import { isDictionaryWord } from '../../../src/core/entities/recurring.ts';

// The rules that take a written word back to its dictionary forms are the language's data, not code.
describe('dictionary forms: read from the language data', () => {
  it('Arabic has them, English has none (every English word counts as known)', () => {
    expect(entityData('ar').dictionaryForms?.clitics.length).toBeGreaterThan(0);
    expect(entityData('en').dictionaryForms).toBeUndefined();
    expect(isDictionaryWord('zardanistan', 'en')).toBe(true);
  });

  it('takes participles back to their verb: passive, active and derived stems', () => {
    for (const w of ['مدعوم', 'مقاتل', 'مستهدف']) expect(isDictionaryWord(w, 'ar')).toBe(true);
  });

  it('takes verbs with endings and person prefixes back to their stem', () => {
    for (const w of ['هاجموا', 'تعرضت', 'سيعلن']) expect(isDictionaryWord(w, 'ar')).toBe(true);
  });

  it('an invented word with a participle prefix stays unknown', () => {
    expect(isDictionaryWord('مقرداش', 'ar')).toBe(false);
  });
});
