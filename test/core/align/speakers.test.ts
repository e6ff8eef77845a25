import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import { namedBesideAnonymous, NO_PERSON, otherStances, personSpeakers, sameSpeaker, SPEAKER_ANONYMOUS, SPEAKER_NAMED, SPEAKER_NONE, speakerEntities, speakerKinds } from '../../../src/core/align/speakers.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import type { LanguageCode } from '../../../src/core/types.ts';

/** The case's units (claims of one article per sentence) with their word and join scores. */
function prepared(sentences: readonly string[], language: LanguageCode, options: { speakerFloor?: number; speakerRescue?: number; rescueThreshold?: number; speakerStance?: number } = {}) {
  const articles = analyzeCase(sentences.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language })), { claimsOnly: true }).articles;
  const entities = resolveEntities(articles);
  const case_ = prepareCase(articles, { entities, ...options });
  const unit = (article: number): number => case_.claims.findIndex((c) => c.articleId === `a${article}`);
  return { case_, entities, unit };
}

describe('speakers (align/speakers.ts)', () => {
  const english = [
    'Foreign Minister Anna Lindqvist of Varnia said on Monday that the border crossing at Keld would reopen for aid convoys.',
    'An official at the interior ministry said the Keld crossing would reopen to trucks carrying fuel within days.',
    'The border crossing at Keld will reopen for aid convoys on Monday, the newspaper said.',
  ];

  it('tells a named source from an anonymous one and from none', () => {
    const { case_, entities, unit } = prepared(english, 'en');
    const kinds = speakerKinds(case_.claims, entities);
    expect(kinds[unit(0)]).toBe(SPEAKER_NAMED);
    expect(kinds[unit(1)]).toBe(SPEAKER_ANONYMOUS);
    expect(kinds[unit(2)]).not.toBe(SPEAKER_ANONYMOUS);
    expect(namedBesideAnonymous(kinds, unit(0), unit(1))).toBe(true);
    expect(namedBesideAnonymous(kinds, unit(1), unit(1))).toBe(false);
    expect(namedBesideAnonymous(kinds, unit(0), unit(2))).toBe(false);
    expect(SPEAKER_NONE).toBe(0);
  });

  it('keeps a named minister and an anonymous official apart when only some words are shared', () => {
    const off = prepared(english, 'en', { speakerFloor: 0 });
    const on = prepared(english, 'en', { speakerFloor: 0.4 });
    const s = off.case_.score(off.unit(0), off.unit(1));
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(0.4);
    expect(on.case_.joinScore(on.unit(0), on.unit(1))).toBe(0);
    expect(off.case_.joinScore(off.unit(0), off.unit(1))).toBeGreaterThan(0);
  });

  it('reads Arabic sources the same way', () => {
    const { case_, entities, unit } = prepared(
      [
        'قال وزير الخارجية يوسف الكردي إن معبر كيلد الحدودي سيفتح يوم الاثنين أمام قوافل المساعدات.',
        'قال مسؤول في وزارة الداخلية إن معبر كيلد سيفتح أمام شاحنات الوقود خلال أيام.',
      ],
      'ar',
    );
    const kinds = speakerKinds(case_.claims, entities);
    expect([kinds[unit(0)], kinds[unit(1)]]).toEqual([SPEAKER_NAMED, SPEAKER_ANONYMOUS]);
  });

  it('lets one speaker telling one thing in other words join under the threshold, not another speaker', () => {
    const sentences = [
      'Defence Minister Lars Berg said on Friday that the army units were no longer at their posts in the border villages of the north.',
      'Lars Berg told reporters in the capital that no soldiers remained at the posts near the northern border villages this week.',
      'Interior Minister Petra Holm told reporters in the capital that no soldiers remained at the posts near the northern border villages this week.',
    ];
    // The frames' rescue band off: this rule alone.
    const on = prepared(sentences, 'en', { speakerRescue: 0.15, rescueThreshold: 0 });
    const named = speakerEntities(on.case_.claims, on.entities);
    expect(sameSpeaker(named, on.unit(0), on.unit(1))).toBe(true);
    expect(sameSpeaker(named, on.unit(0), on.unit(2))).toBe(false);
    const s = on.case_.score(on.unit(0), on.unit(1));
    expect(s).toBeGreaterThanOrEqual(0.15);
    expect(s).toBeLessThan(on.case_.joinThreshold);
    expect(on.case_.joinScore(on.unit(0), on.unit(1))).toBe(on.case_.joinThreshold);
    // The minister of another office, with the same words as the second: left to the words.
    expect(on.case_.joinScore(on.unit(0), on.unit(2))).toBeLessThan(on.case_.joinThreshold);
    const off = prepared(sentences, 'en', { speakerRescue: 0, rescueThreshold: 0 });
    expect(off.case_.joinScore(off.unit(0), off.unit(1))).toBeLessThan(off.case_.joinThreshold);
  });

  describe('other persons\' stances (otherStances)', () => {
    const sentences = [
      'Opposition leader Marta Vell rejected the tally on Tuesday.',
      'Party chairman Oskar Lind rejected the tally on Tuesday as rigged.',
      'Oskar Lind rejected the tally on Tuesday as rigged.',
      'Party chairman Oskar Lind said the electoral board would recount the ballots of the northern districts after the vote.',
      'Opposition leader Marta Vell said the electoral board would recount the ballots of the northern districts after the vote.',
    ];

    it('reads the person a statement\'s source names, none for own voice', () => {
      const { case_, entities, unit } = prepared([...sentences, 'The electoral board will recount the ballots.'], 'en');
      const persons = personSpeakers(case_.claims, entities);
      expect(persons[unit(0)]).not.toBe(NO_PERSON);
      expect(persons[unit(1)]).not.toBe(NO_PERSON);
      expect(persons[unit(0)]).not.toBe(persons[unit(1)]);
      expect(persons[unit(1)]).toBe(persons[unit(2)]);
      expect(persons[unit(5)]).toBe(NO_PERSON);
    });

    it('keeps two persons\' short stances apart, not one person\'s, nor a third party\'s act told at length', () => {
      const off = prepared(sentences, 'en', { speakerStance: 0 });
      const on = prepared(sentences, 'en', { speakerStance: 4 });
      const t = on.case_.joinThreshold;
      // The words join the two leaders' rejections; the rule parts them.
      expect(off.case_.joinScore(off.unit(0), off.unit(1))).toBeGreaterThanOrEqual(t);
      expect(on.case_.joinScore(on.unit(0), on.unit(1))).toBe(0);
      // One person's rejection told twice still joins.
      expect(on.case_.joinScore(on.unit(1), on.unit(2))).toBeGreaterThanOrEqual(t);
      // Two persons telling the board's recount at length: that act, whoever tells it.
      expect(on.case_.joinScore(on.unit(3), on.unit(4))).toBeGreaterThanOrEqual(t);
    });

    it('asks both persons and one short unit', () => {
      const persons = Int32Array.from([0, 1, NO_PERSON, 0]);
      const counts = [2, 9, 2, 9];
      expect(otherStances(persons, counts, 4, 0, 1)).toBe(true);
      expect(otherStances(persons, counts, 1, 0, 1)).toBe(false);
      expect(otherStances(persons, counts, 4, 1, 3)).toBe(false);
      expect(otherStances(persons, counts, 4, 0, 2)).toBe(false);
      expect(otherStances(persons, counts, 4, 0, 3)).toBe(false);
    });
  });
});
