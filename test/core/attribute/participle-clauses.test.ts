/**
 * Issue 9, "second clauses and participles": a participle clause with content of its own after a report
 * ("X said A, adding that B", "…، مؤكدا أن …") is a claim of its own, with the report's speaker and the
 * participle as its cue; alignment still treats the sentence as one unit. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/core/align/index.ts';
import { attributeSentences, continuesSentenceClaim } from '../../../src/core/attribute/index.ts';
import { splitSentences } from '../../../src/core/segment/index.ts';
import type { AnalyzedArticle, LanguageCode } from '../../../src/core/types.ts';
import { claimsOf } from './helpers.ts';

const cues = (text: string, lang: 'ar' | 'en') => claimsOf(text, lang).map((c) => [c.attribution?.source.text, c.attribution?.cue.text]);

describe('participle clauses are claims of their own', () => {
  it('Arabic: a that-clause, a preposition and a quotation after the participle', () => {
    expect(cues('وقالت الهيئة إن الامتحانات ستجري في موعدها، موضحة أن النتائج ستعلن بعد شهر.', 'ar')).toEqual([
      ['الهيئة', 'وقالت'],
      ['الهيئة', 'موضحة'],
    ]);
    const claims = claimsOf('وأكد المدير أن المصنع سيفتح أبوابه، لافتا إلى ضرورة تدريب العمال الجدد.', 'ar');
    expect(claims[1]!.attribution).toMatchObject({ source: { text: 'المدير', continued: true }, cue: { text: 'لافتا' }, rule: 'participle-clause+continued' });
    expect(claims[1]!.attribution?.content?.text).toBe('ضرورة تدريب العمال الجدد');
    expect(claims[0]!.text).toBe('وأكد المدير أن المصنع سيفتح أبوابه');
  });

  it('Arabic: a noun object is content after a report with a direct object, not after a prepositional one', () => {
    // "أكدت اللجنة العثور على …، مؤكدة …": the report has content of its own, so the participle reports too.
    expect(cues('وأكدت اللجنة العثور على وثائق قديمة في المخزن، مؤكدة سلامة المبنى بالكامل.', 'ar')).toEqual([
      ['اللجنة', 'وأكدت'],
      ['اللجنة', 'مؤكدة'],
    ]);
    // "ندد بالهجوم، مؤكدا …": the condemnation's object is what it is about; the participle goes on with it.
    expect(claimsOf('وندد النقيب بالاعتداء، مؤكدا تضامنه مع الأطباء.', 'ar')).toHaveLength(1);
  });

  it('Arabic: after a request ("طلب … من …"), a governed preposition is content of its own; the title’s name in apposition stays with it', () => {
    const claims = claimsOf('طلب رئيس النقابة، سمير داود، من الأعضاء التزام الهدوء، لافتا إلى ضرورة احترام القانون.', 'ar');
    expect(claims.map((c) => [c.attribution?.source.text, c.attribution?.cue.text, c.attribution?.content?.text])).toEqual([
      ['رئيس النقابة، سمير داود', 'طلب', 'من الأعضاء التزام الهدوء'],
      ['رئيس النقابة، سمير داود', 'لافتا', 'ضرورة احترام القانون'],
    ]);
    // The addressee ("من المواطنين") is no part of the subject; "بناء على طلب من" is a noun, no request.
    expect(claimsOf('وطلبت الوزارة من السكان ترشيد المياه.', 'ar')[0]!.attribution?.source.text).toBe('الوزارة');
    expect(claimsOf('وجاء الاجتماع بناء على طلب من النقابة.', 'ar')[0]!.attribution).toBeNull();
  });

  it('Arabic: "مبينا أن" and "ومتابعا «…»" are participles of saying', () => {
    expect(cues('وقال المدير إن الأرباح ارتفعت، مبينا أن المبيعات تضاعفت.', 'ar')).toEqual([
      ['المدير', 'وقال'],
      ['المدير', 'مبينا'],
    ]);
    expect(cues('وأكد المحافظ أن الطريق آمن، ومتابعا «لن نسمح بأي تجاوز».', 'ar')).toEqual([
      ['المحافظ', 'وأكد'],
      ['المحافظ', 'ومتابعا'],
    ]);
  });

  it('English: ", adding that", ", noting that" and a quotation after ", saying"', () => {
    expect(cues('The council said the budget was balanced, noting that reserves had grown.', 'en')).toEqual([
      ['The council', 'said'],
      ['The council', 'noting'],
    ]);
    // The quotation is content of its own: a second claim, even after a report with a bare object.
    const claims = claimsOf('The coach praised the squad, saying: “We never gave up.”', 'en');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['praised', 'saying']);
    expect(claims[1]!.attribution).toMatchObject({ source: { text: 'The coach' }, quote: 'direct', content: { text: 'We never gave up.' } });
  });

  it('a participle that only qualifies its report stays in it', () => {
    expect(claimsOf('The minister spoke at length, smiling.', 'en').length).toBe(1);
    expect(claimsOf('وقال الوزير إن الخطة جاهزة، مضيفا.', 'ar')).toHaveLength(1);
  });

  it('continuesSentenceClaim tells a participle clause from a new sentence', () => {
    const claims = claimsOf('The mayor said taxes would fall, adding that parks would open. She left early.', 'en');
    expect(claims.map((c, i) => continuesSentenceClaim(c, claims[i - 1]))).toEqual([false, true, false]);
  });
});

/** An analysed article whose claims come from the attribution stage. */
function analysed(id: string, text: string, language: LanguageCode): AnalyzedArticle {
  const claims = attributeSentences(text, splitSentences(text, language), language).map((c, n) => ({ ...c, id: `${id}:c${n + 1}`, articleId: id }));
  return { id, language, format: 'text', text, claims, removed: [], warnings: [] };
}

describe('alignment of a sentence split into a report and its participle clauses', () => {
  const FILLER = ['The chess club elected a treasurer last week.', 'A new library opened near the river bank.', 'Farmers expect a late harvest after the cold spring.'];
  const articles = [
    analysed('a', ['The port authority said the harbour would reopen on Monday, adding that ferry fares would double next month.', ...FILLER].join(' '), 'en'),
    analysed('b', ['Ferry fares will double next month, operators said.', ...FILLER.slice(1), FILLER[0]].join(' '), 'en'),
  ];

  it('is one unit: the row shows the clause the other outlet tells', () => {
    const rows = alignClaims(articles);
    const row = rows.find((r) => r.claimIds.some((id) => id.startsWith('b:')));
    expect(row?.claimIds).toEqual(['a:c2', 'b:c1']);
    expect(articles[0]!.claims[1]!.attribution?.cue.text).toBe('adding');
  });

  it('shows the sentence in one row only', () => {
    const withHarbour = [...articles, analysed('c', ['The harbour will reopen on Monday, officials said.', ...FILLER].join(' '), 'en')];
    const rows = alignClaims(withHarbour);
    const rowsOfA = rows.filter((r) => r.claimIds.some((id) => id === 'a:c1' || id === 'a:c2'));
    expect(rowsOfA).toHaveLength(1);
  });
});
