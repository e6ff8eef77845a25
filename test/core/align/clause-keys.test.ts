import { PARTICIPLE_CLAUSE_RULE } from '../../../src/core/attribute/clauses.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import type { AnalyzedArticle, Attribution, Claim, LanguageCode } from '../../../src/core/types.ts';
import { buildArticle } from './build.ts';

/** An article of one sentence told as a report and a participle clause going on from it ("…, adding that …"). */
function reportWithClause(id: string, report: string, clause: string, language: LanguageCode): AnalyzedArticle {
  const text = `${report} ${clause}`;
  const attribution = (rule: string): Attribution => ({
    source: { start: 0, end: 1, text: report.slice(0, 1), kind: 'person' },
    cue: { start: 0, end: 1, text: report.slice(0, 1), stance: 'neutral', lemma: 'say' },
    quote: 'indirect',
    rule,
  }) as unknown as Attribution;
  const claims: Claim[] = [
    { id: `${id}:c1`, articleId: id, sentenceIndex: 0, text: report, start: 0, end: report.length, attribution: attribution('test') },
    { id: `${id}:c2`, articleId: id, sentenceIndex: 0, text: clause, start: report.length + 1, end: text.length, attribution: attribution(PARTICIPLE_CLAUSE_RULE) },
  ];
  return { ...buildArticle(id, text, language), claims };
}

// Own sentences: the clause's word takes its key from words the case adds after it (a later article's
// verb without the suffix), so the clause's keys must be read once the whole case is added.
const cases = [
  ['ar', 'قال المتحدث إن الاجتماع انتهى مساء أمس،', 'مضيفا أن الغارات استهدفت المخازن قرب الميناء.', 'استهدف الجيش المخازن قرب الميناء بالغارات.', 'ستهدف'],
  ['en', 'The spokesman said the meeting ended last night,', 'adding that the raids struck the depots near the port.', 'The army struck depots near the port in raids.', 'raid'],
] as const;

describe.each(cases)('the keys of a sentence’s clauses do not depend on the order words are added (%s)', (lang, report, clause, later, key) => {
  it('a clause word gets the key the whole case gives it, whichever article comes first', () => {
    const stems = (articles: AnalyzedArticle[]) => prepareCase(articles).clauses.find((c) => c !== undefined)!.stems;
    const first = stems([reportWithClause('a', report, clause, lang), buildArticle('b', later, lang)]);
    const last = stems([buildArticle('b', later, lang), reportWithClause('a', report, clause, lang)]);
    expect(first).toEqual(last);
    expect(first[1]).toContain(key);
  });
});
