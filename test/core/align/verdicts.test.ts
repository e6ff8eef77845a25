import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/core/align/index.ts';
import { verdictGroups } from '../../../src/core/align/predicates.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import type { AnalyzedArticle, LanguageCode, Row } from '../../../src/core/types.ts';

/** Articles analysed by the whole pipeline (claims with their source and cue), one per list of sentences. */
function analysed(texts: Record<string, string[]>, language: LanguageCode): AnalyzedArticle[] {
  const inputs = Object.entries(texts).map(([id, lines]) => ({ id, raw: lines.join('\n\n'), format: 'text' as const, language }));
  return analyzeCase(inputs).articles;
}

/** The claim of `article` whose text contains `words`. */
function claimId(articles: readonly AnalyzedArticle[], article: string, words: string): string {
  const claim = articles.find((a) => a.id === article)?.claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim "${words}" in ${article}`);
  return claim.id;
}

const together = (rows: readonly Row[], ids: readonly string[]): boolean => rows.some((r) => ids.every((id) => r.claimIds.includes(id)));

describe('claims whose cue is the verdict (predicates.json verdicts)', () => {
  it('groups censure cues of both languages, and keeps praise apart', () => {
    expect(verdictGroups('en', 'decry').some((g) => verdictGroups('en', 'accuse').includes(g))).toBe(true);
    expect(verdictGroups('en', 'condemn').some((g) => verdictGroups('en', 'praise').includes(g))).toBe(false);
    expect(verdictGroups('ar', 'ندد').some((g) => verdictGroups('ar', 'اتهم').includes(g))).toBe(true);
    expect(verdictGroups('en', 'say')).toEqual([]);
  });

  const english = {
    a: [
      'The president dissolved parliament on Sunday and suspended the constitution.',
      'His opponents condemned his action as a coup.',
      'Opponents condemned the arrest of the editor.',
      'Bread prices rose in the capital over the week.',
    ],
    b: [
      'The president suspended the assembly overnight, citing unrest.',
      'His opponents decried the move as a coup.',
      'Opponents condemned the killing of a student.',
      'A new bridge over the river opened to traffic.',
    ],
    c: [
      'Parliament was dissolved by the president late on Sunday.',
      'Opponents in parliament accused him of staging a coup.',
      'Teachers in the north demanded higher wages.',
    ],
  };

  it('joins English claims whose content after "condemned / decried / accused" is short', () => {
    const articles = analysed(english, 'en');
    const coup = [claimId(articles, 'a', 'condemned his action'), claimId(articles, 'b', 'decried'), claimId(articles, 'c', 'accused him')];
    expect(together(alignClaims(articles, { verdictContent: 3 }), coup)).toBe(true);
    // Without the cue's verdict they share one content word ("coup") and stay apart.
    expect(together(alignClaims(articles, { verdictContent: 0 }), coup.slice(0, 2))).toBe(false);
  });

  it('keeps apart verdicts of one source and cue on other acts (no shared content word)', () => {
    const articles = analysed(english, 'en');
    const rows = alignClaims(articles, { verdictContent: 3 });
    expect(together(rows, [claimId(articles, 'a', 'arrest'), claimId(articles, 'b', 'killing')])).toBe(false);
    expect(together(rows, [claimId(articles, 'a', 'arrest'), claimId(articles, 'b', 'decried')])).toBe(false);
  });

  it('joins Arabic claims after ندد / استنكر / اتهم, not a condemnation of another act', () => {
    const articles = analysed(
      {
        a: ['حل الرئيس البرلمان مساء الأحد وعلق العمل بالدستور.', 'ونددت المعارضة بالخطوة ووصفتها بالانقلاب.', 'ارتفعت أسعار الخبز في العاصمة خلال الأسبوع.'],
        b: ['أعلن الرئيس تعليق عمل البرلمان ليلة الأحد.', 'واستنكرت المعارضة ما وصفته بالانقلاب على الشرعية.', 'ندد حزب الوحدة بمقتل الطالب.'],
        c: ['حل البرلمان بقرار من الرئيس يوم الأحد.', 'واتهمت المعارضة الرئيس بتدبير انقلاب.', 'افتتح جسر جديد فوق النهر أمام حركة السير.'],
      },
      'ar',
    );
    const coup = [claimId(articles, 'a', 'ونددت'), claimId(articles, 'b', 'واستنكرت'), claimId(articles, 'c', 'واتهمت')];
    const rows = alignClaims(articles, { verdictContent: 3 });
    expect(together(rows, coup)).toBe(true);
    expect(together(alignClaims(articles, { verdictContent: 0 }), coup)).toBe(false);
    expect(rows.some((r) => r.claimIds.includes(claimId(articles, 'b', 'بمقتل')))).toBe(false);
  });
});
