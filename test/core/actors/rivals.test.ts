import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('a rival or challenger named in apposition', () => {
  it('reads "his challenger, X" and "Y\'s challenger, X" as what the outlet calls X', () => {
    // (A word every outlet uses is no contrast: the third outlet calls him something else.)
    const actors = findActors([
      buildArticle('x', 'The mayor, Dana Holt, won the vote. She thanked her challenger, Owen Brisk, for a clean race.', 'en'),
      buildArticle('y', "Holt's opponent, Owen Brisk, conceded on Monday. Mayor Dana Holt spoke to voters.", 'en'),
      buildArticle('z', 'Owen Brisk, a local businessman, conceded. Mayor Dana Holt thanked voters.', 'en'),
    ]);
    expect(labelsOf(actors, 'Owen Brisk', 'x')).toContain('challenger');
    expect(labelsOf(actors, 'Owen Brisk', 'y')).toContain('opponent');
    // The possessor is not the rival.
    expect(labelsOf(actors, 'Dana Holt').join(' | ')).not.toMatch(/challenger|opponent/u);
  });

  it('reads «منافسه X» before the name as a label of X, under the same key as the English word', () => {
    const actors = findActors([
      buildArticle('x', 'فاز العمدة سليم داوود في الانتخابات أمام منافسه نادر الحلبي بفارق ضئيل. وقال الوزير نادر الحلبي إن النتيجة مزورة.', 'ar'),
      buildArticle('y', 'قال العمدة سليم داوود إنه فاز. ورفض الوزير نادر الحلبي النتيجة.', 'ar'),
    ]);
    const labels = actors.find((a) => a.name.includes('الحلبي'))!.labels.filter((l) => l.articleId === 'x');
    expect(labels.map((l) => `${l.text}:${l.key}`)).toContain('منافسه:rival');
  });

  it('takes no rival word in construct with the name after it («منافس Y» is Y\'s rival, not Y)', () => {
    const actors = findActors([
      buildArticle('x', 'قال العمدة سليم داوود إنه فاز. وحصل الوزير نادر الحلبي منافس داوود على ثلث الأصوات.', 'ar'),
      buildArticle('y', 'أعلن العمدة سليم داوود فوزه. ورفض الوزير نادر الحلبي النتيجة.', 'ar'),
    ]);
    expect(labelsOf(actors, 'سليم داوود').join(' | ')).not.toContain('منافس');
  });
});

describe('a preposition spelled like an office once folded', () => {
  it('opens no name after «أمام» (folded as «إمام» without its article)', () => {
    const actors = findActors([
      buildArticle('x', 'تحدث العمدة سليم داوود أمام خصومه نادر الحلبي مساء الأحد. وخطب الإمام يوسف القاسم في المصلين.', 'ar'),
      buildArticle('y', 'قال العمدة سليم داوود إنه فاز. وقال الإمام يوسف القاسم إن الدعاء مستجاب.', 'ar'),
    ]);
    expect(actors.some((a) => a.name.includes('خصومه'))).toBe(false);
    expect(actors.flatMap((a) => a.labels).some((l) => l.text === 'أمام')).toBe(false);
    // The office with its article still titles its holder.
    expect(labelsOf(actors, 'يوسف القاسم', 'x')).toContain('الإمام');
  });
});
