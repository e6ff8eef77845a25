import { describe, expect, it } from 'vitest';
import type { EventFrame } from '../../../src/core/align/frames.ts';
import { type AlignOptions, prepareCase } from '../../../src/core/align/prepare.ts';
import { eventClassesOfWord, namesResult, reportingClasses } from '../../../src/core/align/predicates.ts';
import { nameKeyFolds } from '../../../src/core/align/name-folds.ts';
import { sameShare } from '../../../src/core/align/shares.ts';
import { CaseTerms, PERCENT_TERM } from '../../../src/core/align/terms.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import type { EntityIndex } from '../../../src/core/entities/index.ts';
import { foldForMatch, wordNorms } from '../../../src/core/normalize/index.ts';
import type { AnalyzedArticle, LanguageCode } from '../../../src/core/types.ts';

/** One article per sentence, analysed by the whole pipeline (claims with their sources). */
function analysed(sentences: readonly string[], language: LanguageCode): AnalyzedArticle[] {
  return analyzeCase(sentences.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language })), { claimsOnly: true }).articles;
}

/** The event frame of each article's first claim. */
function frames(sentences: readonly string[], language: LanguageCode, options: AlignOptions = {}): EventFrame[] {
  const articles = analysed(sentences, language);
  const prepared = prepareCase(articles, { entities: resolveEntities(articles), ...options });
  return articles.map((a) => prepared.frameOf!(prepared.claims.findIndex((c) => c.articleId === a.id)));
}

/** The terms of one text, as alignment keys them. */
function stems(text: string, language: LanguageCode, percent = true): string[] {
  const terms = new CaseTerms(language, 'off', false, percent);
  const norms = wordNorms(text, language);
  terms.add(norms);
  return terms.stems(norms);
}

describe('percent words after a figure (align/terms.ts)', () => {
  it('keys every spelling of "percent" as one term, in both languages', () => {
    expect(stems('نالت القائمة 31 بالمئة', 'ar')).toContain(PERCENT_TERM);
    expect(stems('نالت القائمة 31 بالمائة', 'ar').filter((s) => s !== PERCENT_TERM)).toEqual(stems('نالت القائمة 31 بالمئة', 'ar').filter((s) => s !== PERCENT_TERM));
    expect(stems('the list took 31 per cent', 'en')).toEqual(stems('the list took 31 percent', 'en'));
    // Off: the words stay as written, and the two spellings differ.
    expect(stems('the list took 31 per cent', 'en', false)).not.toEqual(stems('the list took 31 percent', 'en', false));
    // Only after a figure: "percent" alone is a word.
    expect(stems('a large percent of voters', 'en')).not.toContain(PERCENT_TERM);
  });
});

describe('result classes (predicates.json results)', () => {
  it('puts "obtained" / «حصل» in a result class, and "won" too', () => {
    expect(namesResult(eventClassesOfWord('en', 'obtained', 'obtain').classes)).toBe(true);
    expect(namesResult(eventClassesOfWord('en', 'won', 'win').classes)).toBe(true);
    expect(namesResult(eventClassesOfWord('ar', foldForMatch('حصلت'), '').classes)).toBe(true);
    expect(namesResult(eventClassesOfWord('ar', foldForMatch('نال'), '').classes)).toBe(true);
    expect(namesResult(eventClassesOfWord('en', 'attacked', 'attack').classes)).toBe(false);
  });
});

describe('shares of one result (align/shares.ts)', () => {
  const a = { values: [61.3], actors: ['p1'] };
  it('takes near percentages of one actor for one figure, other actors or far figures not', () => {
    expect(sameShare(a, { values: [60.8, 38.2], actors: ['p1', 'p2'] }, 0.02)).toBe(true);
    expect(sameShare(a, { values: [60.8], actors: ['p2'] }, 0.02)).toBe(false);
    expect(sameShare(a, { values: [58], actors: ['p1'] }, 0.02)).toBe(false);
    expect(sameShare(a, { values: [], actors: ['p1'] }, 0.02)).toBe(false);
  });

  it('joins two reports of a candidate share given at other count stages, not a share of another vote', () => {
    const en = [
      'Maria Lindqvist won 61.3 percent of the vote in the mayoral race, provisional figures showed.',
      'With most ballots counted, Lindqvist had secured 60.8 per cent, the election board reported.',
      'Two years ago Lindqvist secured 44.0 per cent in a regional assembly ballot.',
      'Turnout in the mayoral race was lower than in the regional assembly ballot.',
    ];
    const articles = analysed(en, 'en');
    const entities = resolveEntities(articles);
    const on = prepareCase(articles, { entities });
    const off = prepareCase(articles, { entities, shareJoin: 0 });
    const unit = (p: ReturnType<typeof prepareCase>, id: string): number => p.claims.findIndex((c) => c.articleId === id);
    expect(off.score(unit(off, 'a0'), unit(off, 'a1'))).toBeGreaterThanOrEqual(off.options.shareJoin === 0 ? 0.08 : 1);
    expect(off.joinScore(unit(off, 'a0'), unit(off, 'a1'))).toBeLessThan(off.joinThreshold);
    expect(on.joinScore(unit(on, 'a0'), unit(on, 'a1'))).toBeGreaterThanOrEqual(on.joinThreshold);
    expect(on.joinScore(unit(on, 'a0'), unit(on, 'a2'))).toBeLessThan(on.joinThreshold);
  });
});

describe('a declaration with a noun object (align/frames.ts)', () => {
  it('reads "declared a curfew" as the declaration, and a declared event noun as that event', () => {
    const declare = reportingClasses('declar');
    const [curfew, resignation] = frames(['The governor declared a curfew across the province on Friday.', 'The governor announced his resignation on Friday.'], 'en');
    expect(declare.length).toBeGreaterThan(0);
    expect(curfew!.main).toEqual(declare);
    expect(curfew!.verb).toBe(true);
    expect(resignation!.main).toEqual(eventClassesOfWord('en', 'resignation', 'resign').classes);
  });

  it('reads «أعلن حظر التجول» as the declaration, «أعلن استقالته» as the resignation', () => {
    const [curfew, resignation] = frames(['وأعلن المحافظ حظر التجول في الإقليم يوم الجمعة.', 'أعلن المحافظ استقالته من منصبه يوم الجمعة.'], 'ar');
    expect(curfew!.main).toEqual(reportingClasses(foldForMatch('علن')));
    expect(resignation!.main).toEqual(eventClassesOfWord('ar', foldForMatch('استقالته'), '').classes);
  });

  it('leaves a lifting after a control verb a lifting, not the declaration it names', () => {
    const [lift] = frames(['Deputies voted to end the curfew declared by the governor.'], 'en');
    expect(lift!.main).toEqual(eventClassesOfWord('en', 'end', 'end').classes);
  });
});

describe('one name spelled two ways (align/name-folds.ts)', () => {
  const mention = (text: string, entityId = 'e1') => ({ entityId, via: 'name' as const, text, start: 0, end: text.length, articleId: 'x' });
  const index = (byArticle: [string, ReturnType<typeof mention>[]][]): EntityIndex => ({ entities: [], byArticle: new Map(byArticle) });
  const languages = (id: string): LanguageCode => (id.startsWith('ar') ? 'ar' : 'en');
  const keyOf = (lang: LanguageCode, norm: string): string | null => stems(norm, lang, false)[0] ?? null;

  it('folds the two transliterations of one entity\'s surname to one key, in its own script', () => {
    const folds = nameKeyFolds(index([['ar1', [mention('سليم تشيليكدار')]], ['ar2', [mention('سليم جيليكدار')]]]), languages, keyOf).get('ar');
    const [a, b] = [keyOf('ar', foldForMatch('تشيليكدار'))!, keyOf('ar', foldForMatch('جيليكدار'))!];
    expect(a).not.toBe(b);
    expect(folds?.get(a > b ? a : b)).toBe(a > b ? b : a);
    const terms = new CaseTerms('ar');
    terms.add(wordNorms('تشيليكدار جيليكدار', 'ar'));
    terms.foldKeys(folds!);
    const [x, y] = terms.stems(wordNorms('تشيليكدار جيليكدار', 'ar'));
    expect(x).toBe(y);
  });

  it('leaves apart names of two entities, and short names', () => {
    expect(nameKeyFolds(index([['ar1', [mention('سليم تشيليكدار', 'e1')]], ['ar2', [mention('سليم جيليكدار', 'e2')]]]), languages, keyOf).size).toBe(0);
    expect(nameKeyFolds(index([['en1', [mention('Omar Ali')]], ['en2', [mention('Omar Aly')]]]), languages, keyOf).size).toBe(0);
    // Mohammed / Muhammad ("mhmd") fold; Kareem / Karim ("krm") are too short to tell from another name.
    const folds = nameKeyFolds(index([['en1', [mention('Mohammed Kareem')]], ['en2', [mention('Muhammad Karim')]]]), languages, keyOf).get('en');
    expect([...(folds?.keys() ?? [])]).toEqual([keyOf('en', 'muhammad')]);
  });
});
