import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import type { EventFrame } from '../../../src/core/align/frames.ts';
import { eventClassesOfWord, isLightVerb } from '../../../src/core/align/predicates.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

/** The event frame of each sentence's first claim (one article per sentence). */
function frames(sentences: readonly string[]): EventFrame[] {
  const articles = analyzeCase(sentences.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language: 'ar' as const })), { claimsOnly: true }).articles;
  const prepared = prepareCase(articles, { entities: resolveEntities(articles), rescueThreshold: 0.01 });
  return articles.map((a) => prepared.frameOf!(prepared.claims.findIndex((c) => c.articleId === a.id)));
}

const classesOf = (word: string): readonly number[] => eventClassesOfWord('ar', foldForMatch(word), '').classes;

describe('light verbs (predicates.json lightVerbs): «تم» + verbal noun is the passive of that verb', () => {
  it('knows the light verbs by their folded forms, a glued conjunction aside', () => {
    expect(isLightVerb('ar', foldForMatch('تم'))).toBe(true);
    expect(isLightVerb('ar', foldForMatch('وتمت'))).toBe(true);
    expect(isLightVerb('ar', foldForMatch('وسيتم'))).toBe(true);
    expect(isLightVerb('ar', foldForMatch('تمام'))).toBe(false);
    expect(isLightVerb('en', 'was')).toBe(false);
  });

  it('reads the verbal noun after «تم» as the main verb, before a noun event read earlier', () => {
    const [signed, arrested, meetingOnly, opening] = frames([
      'في ختام الاجتماع المطول تم توقيع الاتفاق بين الطرفين في العاصمة.',
      'وعقب انتهاء المظاهرة أمام البرلمان جرى اعتقال عدد من الناشطين في المدينة.',
      'في ختام الاجتماع المطول صدر بيان مشترك عن الطرفين في العاصمة.',
      // A noun opening the unit is guessed to be its verb (verb first); the light verb's passive is surer.
      'وخلال الاجتماع الطارئ للمجلس جرى اعتقال عدد من الناشطين في المدينة.',
    ]);
    const meeting = classesOf('الاجتماع');
    expect(meeting.length).toBeGreaterThan(0);
    expect(meetingOnly!.main).toEqual(meeting);
    expect(signed!.main).toEqual(classesOf('توقيع'));
    expect(signed!.verb).toBe(true);
    expect(arrested!.events).toEqual(expect.arrayContaining([...classesOf('المظاهرة')]));
    expect(arrested!.main).toEqual(classesOf('اعتقال'));
    expect(arrested!.verb).toBe(true);
    expect(opening!.main).toEqual(classesOf('اعتقال'));
  });
});

describe('light verbs and a cue that is itself the event', () => {
  it('keeps the cue as the predicate: its content, passive or not, is what it is about', () => {
    const [welcomed] = frames(['رحبت الحكومة بأنه تم توقيع الاتفاق أمس في العاصمة.']);
    expect(welcomed!.events).toEqual(expect.arrayContaining([...classesOf('توقيع')]));
    expect(welcomed!.main).not.toEqual(classesOf('توقيع'));
  });
});
