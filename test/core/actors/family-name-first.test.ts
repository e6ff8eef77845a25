/** Names written family name first: a lone first word of one titled full name is that person (invented names). */
import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';

const named = (actors: Actor[], words: RegExp): Actor[] => actors.filter((a) => words.test(a.name) || (a.aliases ?? []).some((x) => words.test(x)));

describe('a family name written first', () => {
  it('English: "Tran" and "Mr Tran" after "President Tran Vu Lam" are one actor', () => {
    const actors = findActors([
      buildArticle('a', 'President Tran Vu Lam closed the assembly on Monday. Tran said the move was needed.', 'en'),
      buildArticle('b', 'Lawmakers defied President Tran Vu Lam overnight. Mr Tran later backed down.', 'en'),
    ]);
    const tran = named(actors, /\bTran\b/u);
    expect(tran).toHaveLength(1);
    expect(tran[0]!.aliases).toContain('Tran');
  });
  it('Arabic: «تران» after «الرئيس تران فو لام» is the same actor', () => {
    const actors = findActors([
      buildArticle('x', 'أغلق الرئيس تران فو لام البرلمان يوم الاثنين. وقال تران إن الخطوة ضرورية.', 'ar'),
      buildArticle('y', 'تحدى النواب الرئيس تران فو لام ليلا. وتراجع تران لاحقا عن قراره.', 'ar'),
    ]);
    expect(named(actors, /تران/u)).toHaveLength(1);
  });
  it('a word that starts two full names stays apart ("Kim" of two people)', () => {
    const actors = findActors([
      buildArticle('a', 'President Kim Dal Ho met Minister Kim Sol Yi. Kim said the talks went well.', 'en'),
      buildArticle('b', 'President Kim Dal Ho and Minister Kim Sol Yi spoke. Kim left early.', 'en'),
    ]);
    expect(actors.some((a) => (a.aliases ?? []).includes('Kim') && /Dal Ho|Sol Yi/u.test(a.name))).toBe(false);
  });
});
