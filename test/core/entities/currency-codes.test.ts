import { currencyOfCode } from '../../../src/core/crosslang/bridge.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

describe('a currency by its ISO code', () => {
  it('reads a capitalised code as the CLDR name of its currency, and nothing else', () => {
    expect(currencyOfCode('JOD')).toBe('jordanian dinar');
    expect(currencyOfCode('jod')).toBeUndefined();
    expect(currencyOfCode('XYZ')).toBeUndefined();
  });

  it('joins the code, the English name and the Arabic name into one actor', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Jordanian dinar held at 0.71 to the dollar on 2 June. Traders quoted JOD 0.71 all day.', 'en'),
      buildArticle('en2', 'Banks kept selling the Jordanian dinar at JOD 0.71 on 2 June.', 'en'),
      buildArticle('ar1', 'استقر الدينار الأردني عند 0.71 مقابل الدولار يوم 2 يونيو، وواصل الدينار الأردني استقراره.', 'ar'),
    ]);
    const dinar = index.entities.find((e) => [e.name, ...e.aliases].includes('JOD'));
    expect(dinar).toBeDefined();
    const texts = dinar!.mentions.map((m) => m.text);
    expect(texts).toContain('الدينار الأردني');
    expect(texts.some((t) => /Jordanian dinar/u.test(t))).toBe(true);
  });
});
