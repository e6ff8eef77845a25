import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/core/align/index.ts';
import { frameConflict, sharesEvent, STATEMENT } from '../../../src/core/align/frames.ts';
import type { EventFrame } from '../../../src/core/align/frames.ts';
import { type AlignOptions, prepareCase } from '../../../src/core/align/prepare.ts';
import { eventClassesOfWord } from '../../../src/core/align/predicates.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';
import type { AnalyzedArticle, LanguageCode } from '../../../src/core/types.ts';

/** One article per sentence, analysed by the whole pipeline (claims with their sources). */
function analysed(sentences: readonly string[], language: LanguageCode): AnalyzedArticle[] {
  return analyzeCase(sentences.map((raw, n) => ({ id: `a${n}`, raw, format: 'text' as const, language })), { claimsOnly: true }).articles;
}

/** The event frame of each article's first claim (frames on, nothing else changed). */
function frames(sentences: readonly string[], language: LanguageCode, options: AlignOptions = {}): EventFrame[] {
  const articles = analysed(sentences, language);
  const prepared = prepareCase(articles, { entities: resolveEntities(articles), rescueThreshold: 0.01, ...options });
  return articles.map((a) => prepared.frameOf!(prepared.claims.findIndex((c) => c.articleId === a.id)));
}

const together = (rows: ReturnType<typeof alignClaims>, a: string, b: string): boolean => rows.some((r) => r.claimIds.includes(`${a}:c1`) && r.claimIds.includes(`${b}:c1`));

describe('event frames (align/frames.ts)', () => {
  it("reads a relative clause's event as the main one only where asked (relativeMain)", () => {
    const en = [
      'The gunman who attacked the convoy was arrested by police on Friday.',
      'Reporters counted bodies in the square where soldiers had attacked the crowd.',
    ];
    const attack = eventClassesOfWord('en', 'attacked', 'attack').classes;
    const arrest = eventClassesOfWord('en', 'arrested', 'arrest').classes;
    const [gunmanOff, squareOff] = frames(en, 'en', { relativeMain: {} });
    expect(gunmanOff!.main).toEqual(attack);
    expect(squareOff!.main).toEqual(attack);
    const [gunmanDefer, squareDefer] = frames(en, 'en', { relativeMain: { en: 'defer' } });
    // The sentence's own event wins over the relative's; the relative's event stays among its events.
    expect(gunmanDefer!.main).toEqual(arrest);
    expect(gunmanDefer!.events).toEqual(expect.arrayContaining([...attack, ...arrest]));
    expect(squareDefer!.main).toEqual(attack);
    // English skips by default.
    const [gunmanSkip, squareSkip] = frames(en, 'en');
    expect(gunmanSkip!.main).toEqual(arrest);
    expect(squareSkip!.main).toEqual([]);
    expect(squareSkip!.events).toEqual(attack);
  });

  it("reads an Arabic relative clause's event (الذي، التي from the language data) as not the main one", () => {
    const ar = ['المجموعة التي هاجمت القافلة اعتقلتها الشرطة يوم الجمعة في المدينة.'];
    const attack = eventClassesOfWord('ar', foldForMatch('هاجمت'), '').classes;
    const arrest = eventClassesOfWord('ar', foldForMatch('اعتقلت'), '').classes;
    // Off for Arabic by default (it loses true pairs on the tuned dev cases).
    expect(frames(ar, 'ar')[0]!.main).toEqual(attack);
    expect(frames(ar, 'ar', { relativeMain: { ar: 'skip' } })[0]!.main).toEqual(arrest);
  });

  it('makes a statement whose cue names no event the statement itself, no class of another language', () => {
    const [saidA, saidB, ownVoice] = frames(
      [
        'The harbour master said the northern pier would stay shut until the storm passed.',
        'According to the port authority, ferries to the islands will resume on Thursday.',
        'Ferries to the islands resumed sailing on Thursday.',
      ],
      'en',
    );
    expect(saidA!.main).toEqual([STATEMENT]);
    expect(saidB!.main).toEqual([STATEMENT]);
    expect(saidA!.verb).toBe(true);
    expect(ownVoice!.main).not.toContain(STATEMENT);
    // An Arabic claim of a visit or a float has its own classes: an English statement does not meet them.
    const [visited] = frames(['زار الوزير الميناء الشمالي يوم الخميس.'], 'ar');
    expect(visited!.main.length).toBeGreaterThan(0);
    expect(visited!.main).not.toContain(STATEMENT);
    expect(saidA!.main.some((c) => visited!.main.includes(c))).toBe(false);
  });

  it('passes the main predicate from a control verb to the event after it', () => {
    const [agreedToFree, freed, agreedDeal] = frames(
      [
        'The council agreed on Sunday to release forty fishermen held at the port.',
        'The council freed forty fishermen held at the port on Sunday.',
        'The council agreed a new budget with the unions on Sunday.',
      ],
      'en',
    );
    // "agreed to release" states a release; "agreed a budget" an agreement.
    expect(frameConflict(agreedToFree!, freed!)).toBeNull();
    expect(agreedToFree!.main).toEqual(freed!.main);
    expect(frameConflict(agreedDeal!, freed!)).toBe('event');
    const [agreedToFreeAr, released] = frames(['وافق المجلس على الإفراج عن أربعين صيادا في الميناء.', 'أفرج المجلس عن أربعين صيادا في الميناء.'], 'ar');
    expect(agreedToFreeAr!.main).toEqual(released!.main);
  });

  it('reads the main event of English claims, the doer named beside the predicate aside', () => {
    const [torched, setFire, demonstrated] = frames(
      [
        'Protesters torched the headquarters of the Unity Party on Friday.',
        'Demonstrators set fire to the Unity Party headquarters on Friday.',
        'Thousands demonstrated against the Unity Party in the capital on Friday.',
      ],
      'en',
    );
    // "Demonstrators" names the doer, not the event: the predicate is "set fire".
    expect(sharesEvent(torched!, setFire!)).toBe(true);
    expect(frameConflict(torched!, setFire!)).toBeNull();
    expect(frameConflict(setFire!, demonstrated!)).toBe('event');
    expect(frameConflict(torched!, demonstrated!)).toBe('event');
  });

  it('tells two verbs of other events apart, not a statement', () => {
    const [pulledOut, captured, seized, said] = frames(
      [
        'Soldiers pulled out of the northern garrison on Sunday.',
        'Militants captured the northern garrison on Sunday.',
        'Rebel fighters seized the northern garrison on Sunday.',
        'A rebel commander said the garrison was theirs.',
      ],
      'en',
    );
    expect(pulledOut!.verb && captured!.verb).toBe(true);
    expect(frameConflict(pulledOut!, captured!)).toBe('event');
    // One event in other verbs.
    expect(frameConflict(captured!, seized!)).toBeNull();
    // A statement's "said" is no event of its own.
    expect(said!.main).toEqual([STATEMENT]);
  });

  it('reads Arabic predicates by their surface forms (clitics stripped), not by root-like keys', () => {
    expect(eventClassesOfWord('ar', foldForMatch('وأحرقوا'), 'حرقو').classes.length).toBeGreaterThan(0);
    expect(eventClassesOfWord('ar', foldForMatch('وأحرقوا'), 'حرقو').verb).toBe(true);
    // "المشير" (a rank) shares its matching key with "مشاورات" (consultations), not its words.
    expect(eventClassesOfWord('ar', 'المشير', 'مشر').classes).toEqual([]);
    expect(eventClassesOfWord('ar', 'والمشاورات', 'مشر').classes.length).toBeGreaterThan(0);
    const [burned, setFire, protested] = frames(
      ['أحرق محتجون مقر حزب الوحدة في العاصمة يوم الجمعة.', 'أضرم متظاهرون النار في مقر حزب الوحدة يوم الجمعة.', 'تظاهر الآلاف ضد حزب الوحدة في العاصمة يوم الجمعة.'],
      'ar',
    );
    expect(sharesEvent(burned!, setFire!)).toBe(true);
    expect(frameConflict(burned!, setFire!)).toBeNull();
    expect(frameConflict(burned!, protested!)).toBe('event');
  });

  it('tells "welcomed the resumption of talks" from "will consult on resuming the talks", in both languages', () => {
    const [welcomed, consult] = frames(['The two ministers welcomed the resumption of the border talks.', 'The commander will consult officials on resuming the border talks.'], 'en');

    expect(frameConflict(welcomed!, consult!)).toBe('event');
    const [رحب, سيتشاور] = frames(['رحب الوزيران باستئناف مفاوضات الحدود.', 'سيتشاور القائد مع المسؤولين حول استئناف مفاوضات الحدود.'], 'ar');

    expect(frameConflict(رحب!, سيتشاور!)).toBe('event');
  });

  it('tells two doers of other acts apart when one also names the other act', () => {
    const [seized, attacked] = frames(
      ['The Northern Front seized the airport of Dalmar after an attack.', 'The National Army attacked the airport of Dalmar.', 'The Northern Front captured the airport of Dalmar.'],
      'en',
    );
    expect(seized!.subject).not.toBeNull();
    expect(attacked!.subject).not.toBeNull();
    expect(frameConflict(seized!, attacked!)).toBe('subject');
  });

  it('gives no conflict where a claim names no event', () => {
    const [plain, seized] = frames(['The airport of Dalmar is closed to traffic.', 'Rebels seized the airport of Dalmar.'], 'en');
    expect(plain!.main).toEqual([]);
    expect(frameConflict(plain!, seized!)).toBeNull();
    expect(sharesEvent(plain!, seized!)).toBe(false);
  });
});

describe('the frame-gated rescue band (rescueThreshold)', () => {
  const english = analysed(
    [
      'Protesters torched the headquarters of the Unity Party in the capital on Friday.',
      'Demonstrators set fire to the Unity Party headquarters in the capital.',
      'Thousands were demonstrating against the Unity Party in the capital on Friday.',
    ],
    'en',
  );

  it('joins a pair under the word threshold whose frames share the event, and not one whose frames conflict', () => {
    // A threshold no pair reaches: only the rescue band can join.
    const rows = alignClaims(english, { threshold: 0.99, rescueThreshold: 0.01, entities: resolveEntities(english) });
    expect(together(rows, 'a0', 'a1')).toBe(true);
    expect(together(rows, 'a1', 'a2')).toBe(false);
    expect(together(rows, 'a0', 'a2')).toBe(false);
    expect(alignClaims(english, { threshold: 0.99, rescueThreshold: 0, roleJoin: 0 })).toEqual([]);
  });

  it('does the same in Arabic', () => {
    const arabic = analysed(['أحرق محتجون مقر حزب الوحدة في العاصمة يوم الجمعة.', 'أضرم متظاهرون النار في مقر حزب الوحدة في العاصمة.', 'تظاهر الآلاف ضد حزب الوحدة في العاصمة يوم الجمعة.'], 'ar');
    const rows = alignClaims(arabic, { threshold: 0.99, rescueThreshold: 0.01, entities: resolveEntities(arabic) });
    expect(together(rows, 'a0', 'a1')).toBe(true);
    expect(together(rows, 'a0', 'a2')).toBe(false);
  });

  it('never rescues a pair stating other years', () => {
    const years = analysed(['Rebels seized the airport of Dalmar in 2019.', 'Rebels captured the airport of Dalmar in 2021.'], 'en');
    expect(alignClaims(years, { threshold: 0.99, rescueThreshold: 0.01 })).toEqual([]);
  });
});
