import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelsOf } from './find.ts';

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

describe('a rival named by a relation, with no name beside it', () => {
  it('gives "his secular rival" to the one other person the case calls a rival, not to the person named before', () => {
    const actors = findActors([
      buildArticle('x', 'Mayor Dana Holt on Sunday led his secular rival with most ballots counted. Owen Brisk had 46 percent of the vote.', 'en'),
      buildArticle('y', 'Dana Holt won 54 percent, and his challenger, Owen Brisk, conceded on Monday.', 'en'),
      buildArticle('z', 'Owen Brisk, a local businessman, conceded. Mayor Dana Holt thanked voters.', 'en'),
    ]);
    expect(labelsOf(actors, 'Owen Brisk', 'x')).toContain('his secular rival');
    expect(labelsOf(actors, 'Dana Holt', 'x').join(' | ')).not.toContain('rival');
    // Before a comma and a name it is that name's apposition, read once.
    expect(labelsOf(actors, 'Owen Brisk', 'y')).toEqual(['challenger']);
  });

  it('leaves the relation alone where no other person of the article is called so', () => {
    const actors = findActors([
      buildArticle('x', 'Mayor Dana Holt on Sunday led his secular rival with most ballots counted. Owen Brisk had 46 percent of the vote.', 'en'),
      buildArticle('y', 'Dana Holt won 54 percent. Owen Brisk, a local businessman, conceded on Monday.', 'en'),
    ]);
    expect(actors.flatMap((a) => a.labels).some((l) => l.text.includes('rival'))).toBe(false);
  });

  it('reads «X منافس Y» as what X is (Y\'s rival), the label running through the name it governs', () => {
    const actors = findActors([
      buildArticle('x', 'قال العمدة سليم داوود إنه فاز. وحصل نادر الحلبي منافس داوود على ثلث الأصوات.', 'ar'),
      buildArticle('y', 'أعلن العمدة سليم داوود فوزه. ورفض الوزير نادر الحلبي النتيجة.', 'ar'),
    ]);
    const labels = actorNamed(actors, 'نادر الحلبي').labels.filter((l) => l.articleId === 'x');
    expect(labels.map((l) => `${l.text}:${l.key}`)).toContain('منافس داوود:rival');
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
