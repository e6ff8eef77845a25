import { describe, expect, it } from 'vitest';
import { eventClasses, eventClassesOfWord, isEventClass, predicateClasses } from '../../../src/core/align/predicates.ts';
import { CaseTerms } from '../../../src/core/align/terms.ts';
import { buildVectors, similarity, withClasses } from '../../../src/core/align/vectors.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';
import { arabicFrames } from './build.ts';

const classesOf = (word: string): readonly number[] => eventClassesOfWord('ar', foldForMatch(word), '').classes;

describe('Arabic news event words: one event told by verb, masdar and another outlet’s verb', () => {
  it('reads an envoy recalled by the perfect, the imperfect and the masdar as one event class', () => {
    const recall = classesOf('استدعت');
    expect(recall.length).toBe(1);
    for (const word of ['استدعى', 'تستدعي', 'يستدعي', 'استدعاء', 'باستدعاء', 'واستدعت']) expect(classesOf(word)).toEqual(recall);
    // Not the consultation the envoy is called home for, nor a visit.
    expect(classesOf('للتشاور')).not.toEqual(recall);
    expect(classesOf('زيارة')).not.toEqual(recall);
  });

  it('reads the martyrdom masdar as the death class of «توفي» and «مقتل»', () => {
    const death = classesOf('مقتل');
    expect(death.length).toBeGreaterThan(0);
    expect(classesOf('استشهاد')).toEqual(death);
    expect(classesOf('توفي')).toEqual(death);
  });

  it('reads the plain and conjugated vote verb as the class of «تصويت»', () => {
    const vote = classesOf('تصويت');
    expect(vote.length).toBeGreaterThan(0);
    for (const word of ['صوت', 'يصوت', 'صوتت', 'صوتوا']) expect(classesOf(word)).toEqual(vote);
  });

  it('leaves the singular «معركة» out: it is mostly a figurative object («كسب المعركة»)', () => {
    expect(classesOf('المعركة')).toEqual([]);
  });

  it('gives sentences of my own with other verbs of one recall one main event', () => {
    const [perfect, masdar, imperfect, visit] = arabicFrames([
      'استدعت وزارة الخارجية سفيرها لدى الجارة الشمالية للتشاور.',
      'أعلنت الحكومة استدعاء سفيرها لدى الجارة الشمالية بعد توتر العلاقات.',
      'الحكومة تستدعي سفيرها احتجاجا على الاتفاق الحدودي.',
      'وصل وزير الخارجية إلى العاصمة في زيارة رسمية تستمر يومين.',
    ]);
    const recall = classesOf('استدعاء');
    expect(perfect!.main).toEqual(recall);
    expect(masdar!.main).toEqual(recall);
    expect(imperfect!.main).toEqual(recall);
    expect(visit!.main).not.toEqual(recall);
  });

  it('keys the recall class on both the verb and the masdar, so matching meets them too', () => {
    const terms = new CaseTerms('ar');
    const [verb, noun] = ['تستدعي', 'استدعاء'].map((w) => terms.stems([foldForMatch(w)])[0]!);
    const shared = eventClasses(verb!).filter((c) => eventClasses(noun!).includes(c));
    expect(shared.length).toBe(1);
    expect(isEventClass(shared[0]!)).toBe(true);
    expect(isEventClass(predicateClasses('said')[0] ?? -1)).toBe(false);
  });
});

describe('a news event class as shared evidence (eventClassCore)', () => {
  // Claim 0: «نعت الوزارة … وفاة الوزير», claim 1: «قالت الوزارة … مقتل الوزير» (the ministry is who says it:
  // context, not proposition), claim 2: «مقتل جندي على الحدود».
  const space = buildVectors(
    [['وفا', 'وزر'], ['مقتل', 'وزر'], ['مقتل', 'جند', 'حدد']],
    [['وزار'], ['وزار'], []],
  );
  const death = 7;
  const classed = withClasses(space, (t) => (t === 'وفا' || t === 'مقتل' ? [death] : []), 0.25);
  const core = new Uint8Array(death + 1);
  core[death] = 1;

  it('counts «وفاة» / «مقتل» as a shared word of the proposition beside the shared minister', () => {
    // Off, the class only supports: one shared word and a class match still reach minShared 2.
    expect(similarity(classed, 0, 1, 2)).toBeGreaterThan(0);
    expect(similarity({ ...classed, classCore: core }, 0, 1, 2)).toBeCloseTo(similarity(classed, 0, 1, 2), 10);
  });

  it('lets the class make a match that only the speaker supported', () => {
    const speakerOnly = buildVectors([['وفا'], ['مقتل']], [['وزار'], ['وزار']]);
    const speakerClassed = withClasses(speakerOnly, (t) => (t === 'وفا' || t === 'مقتل' ? [death] : []), 0.25);
    expect(similarity(speakerClassed, 0, 1, 2)).toBe(0);
    expect(similarity({ ...speakerClassed, classCore: core }, 0, 1, 2)).toBeGreaterThan(0);
  });

  it('never joins on the class alone: another death (a soldier at the border) shares no other word', () => {
    expect(similarity({ ...classed, classCore: core }, 0, 2, 2)).toBe(0);
    expect(similarity(classed, 0, 2, 2)).toBe(0);
  });
});
