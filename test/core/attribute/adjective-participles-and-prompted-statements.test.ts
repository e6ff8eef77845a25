import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 9, second helper): families of attribution in both languages.
describe('attribution: adjective participles, prompted statements, closing credits', () => {
  it('a feminine participle agreeing with the indefinite noun before it is an adjective, no report', () => {
    for (const text of ['وتحدثت الصحيفة عن معلومات مؤكدة عن انسحاب القوات من المدينة.', 'ونقلت القناة تقارير مؤكدة حول إغلاق المعبر.']) {
      expect(claimsOf(text, 'ar').every((c) => c.attribution === null)).toBe(true);
    }
    // After a comma, or with a content clause after it, the participle is still a report.
    const clause = 'وأصدرت الوزارة بيانا، مؤكدة أن الاجتماع تأجل.';
    expect(claimsOf(clause, 'ar').some((c) => c.attribution?.source.text === 'الوزارة')).toBe(true);
    const content = 'ونشرت الهيئة تغريدات مؤكدة أن المعبر مغلق.';
    expect(claimsOf(content, 'ar').some((c) => c.attribution?.cue?.text === 'مؤكدة')).toBe(true);
  });

  it('a transliterated acronym with the article is a body when the article writes its expansion before it', () => {
    const text = 'وحذرت منظمة الأمم المتحدة لرعاية المزارعين (الزراعف) من الجفاف. وقالت الزراعف إن المحاصيل تراجعت.';
    const claim = claimsOf(text, 'ar').find((c) => c.text.includes('المحاصيل'))!;
    expect(claim.attribution?.source).toMatchObject({ ...at(text, 'الزراعف', 1), kind: 'organization' });
    // A Latin acronym in brackets after it, too; a surname with the article after a title stays a person.
    const latin = 'ونشرت الزراعف (ZRF) تقريرها السنوي. وقالت الزراعف إن المحاصيل تراجعت.';
    expect(claimsOf(latin, 'ar').find((c) => c.text.includes('المحاصيل'))!.attribution?.source.kind).toBe('organization');
    // "the government of X" is no signal: X may be its head.
    const head = 'وقالت حكومة الزراعف إن المحاصيل تراجعت. وقال الزراعف إن الأسعار سترتفع.';
    expect(claimsOf(head, 'ar').find((c) => c.text.includes('الأسعار'))!.attribution?.source.kind).toBe('person');
    const person = 'واستقبل الرئيس الوزير البرقاوي. وقال البرقاوي إن المحاصيل تراجعت.';
    expect(claimsOf(person, 'ar').find((c) => c.text.includes('المحاصيل'))!.attribution?.source.kind).toBe('person');
  });

  it('"…, prompting X to issue a statement, saying …": X speaks', () => {
    const text = 'The strike closed every port, prompting the minister to issue a statement on Friday, saying wages would rise.';
    expect(claimsOf(text, 'en')[0]!.attribution).toMatchObject({ source: at(text, 'the minister'), cue: at(text, 'saying') });
    const after = 'Crowds filled the square as the mayor spoke, forcing the governor to cut short his visit, saying the town was unsafe.';
    expect(claimsOf(after, 'en').find((c) => c.text.includes('unsafe'))!.attribution?.source.text).toBe('the governor');
  });

  it('a closing credit after a quotation in a clause of its own credits that quotation only', () => {
    const ar = 'وأعلنت الحركة، في بيان، ما وصفته بـ"تحرير البلدة"، وذلك بعد "اشتباكات عنيفة استمرت أياما"، بحسب لغة البيان.';
    const claims = claimsOf(ar, 'ar');
    expect(claims.map((c) => c.attribution?.source.text)).toEqual(['الحركة', 'لغة البيان']);
    expect(claims[1]!.text.startsWith('"اشتباكات')).toBe(true);
    const en = 'The army said it had taken the town, after "fierce fighting that lasted days", according to the statement.';
    expect(claimsOf(en, 'en').map((c) => c.attribution?.source.text)).toEqual(['The army', 'the statement']);
    // The quotation that is the report's own content stays with it.
    const own = 'وقال الوزير، في مؤتمر صحفي، إن "الوضع تحت السيطرة تماما"، بحسب الوكالة.';
    expect(claimsOf(own, 'ar')).toHaveLength(1);
  });
});
