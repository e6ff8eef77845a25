import { describe, expect, it } from 'vitest';
import { eventClassesOfWord, isLightVerb } from '../../../src/core/align/predicates.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';
import { arabicFrames } from './build.ts';

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
    const [signed, arrested, meetingOnly, opening] = arabicFrames([
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
    const [welcomed] = arabicFrames(['رحبت الحكومة بأنه تم توقيع الاتفاق أمس في العاصمة.']);
    expect(welcomed!.events).toEqual(expect.arrayContaining([...classesOf('توقيع')]));
    expect(welcomed!.main).not.toEqual(classesOf('توقيع'));
  });
});
