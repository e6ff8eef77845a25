import { resolveCase } from '../../../src/core/entities/resolve.ts';
import { buildArticle } from '../align/build.ts';

// A body the Arabic and English articles both name (the UN) and an invented summit "ZAMCO14": «مؤتمر X» is an occasion, never X.
const candidatesOf = (...articles: [string, 'ar' | 'en'][]): string[][] =>
  resolveCase(articles.map(([text, lang], n) => buildArticle(`a${n + 1}`, text, lang))).candidates.map((c) => c.aliases.map((a) => a.join(' ')));

describe('event heads: «مؤتمر X»', () => {
  it('keeps a conference of a body apart from the body', () => {
    const found = candidatesOf(
      ['The UN said the plan was good. Officials of the UN agreed.', 'en'],
      ['قالت الأمم المتحدة إن الخطة جيدة. وانتهى مؤتمر الأمم المتحدة في المدينة أمس.', 'ar'],
      ['وقال مسؤولون إن مؤتمر الأمم المتحدة نجح، وأشادت الأمم المتحدة بالنتائج.', 'ar'],
    );
    const body = found.find((aliases) => aliases.includes('un'));
    expect(body).toContain('الامم المتحده');
    expect(body).not.toContain('موتمر الامم المتحده');
  });

  it('makes no body of «مؤتمر» before a bare name: the numbered name, in either script, is the one actor', () => {
    const found = candidatesOf(
      ['ZAMCO14 ended late in the capital. Delegates said ZAMCO14 was hard.', 'en'],
      ['انتهى مؤتمر ZAMCO14 في العاصمة. وقال الوزير إن مؤتمر ZAMCO14 نجح.', 'ar'],
      ['وقالت الوزيرة إن مؤتمر زامكو14 نجح، وإن مؤتمر زامكو14 كان صعبا.', 'ar'],
    );
    expect(found.find((aliases) => aliases.includes('zamco14'))).toContain('زامكو14');
    expect(found.flat().some((alias) => alias.startsWith('موتمر'))).toBe(false);
  });
});
