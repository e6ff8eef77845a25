import type { CaseText } from '../../../src/core/actors/discover.ts';
import { shownLabelText } from '../../../src/core/actors/labels.ts';
import { actorData } from '../../../src/core/actors/lexicon.ts';
import { actorTokens, vocabulary } from '../../../src/core/actors/tokens.ts';
import { wordTokens } from '../../../src/core/normalize/tokens.ts';

// «للجيش» is ل + الجيش written as one word: no slice of the text reads «الجيش», so a label starting
// there keeps its offsets on «للجيش …» and says how it reads on its own.
const caseText = (text: string, alsoKnown: string): CaseText => {
  const known = vocabulary([wordTokens(text, 'ar'), wordTokens(alsoKnown, 'ar')]);
  return { articleIndex: 0, lang: 'ar', text, tokens: actorTokens(text, 'ar', known), data: actorData('ar') };
};

describe('shownLabelText', () => {
  const text = 'وجهت الحكومة اتهامات للجيش الشمالي بقصف المدينة.';
  const c = caseText(text, 'أعلن الجيش الشمالي السيطرة.');
  const start = text.indexOf('للجيش');
  const end = text.indexOf(' بقصف');

  it('reads a fused preposition and article as the article alone', () => {
    expect(shownLabelText(c, start, end)).toBe('الجيش الشمالي');
  });

  it('gives nothing where the slice already reads on its own or the span opens mid-word', () => {
    expect(shownLabelText(c, text.indexOf('الحكومة'), text.indexOf(' اتهامات'))).toBeUndefined();
    expect(shownLabelText(c, start + 1, end)).toBeUndefined();
  });

  it('leaves a preposition glued before the article (a slice drops it) to the offsets', () => {
    const other = 'وصلت المساعدات بالجيش الشمالي إلى المدينة.';
    const d = caseText(other, 'أعلن الجيش الشمالي السيطرة.');
    expect(shownLabelText(d, other.indexOf('بالجيش'), other.indexOf(' إلى'))).toBeUndefined();
  });
});
