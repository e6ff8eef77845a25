import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

const texts = (actor: Actor): string[] => labelStrings(actor, 'text');

// Invented names: a clause telling an act, or a modifier of another actor, is no label of the name.

describe('events and other actors’ modifiers are not labels', () => {
  it('does not read a relative clause telling an act as a label ("who dismissed Prime Minister Y")', () => {
    const actors = findActors([
      buildArticle('a', 'President Doran Velik, who dismissed Prime Minister Ostap Renn and decided to close the assembly, also banned travel.', 'en'),
      buildArticle('b', 'President Doran Velik spoke on television while Ostap Renn stayed silent.', 'en'),
    ]);
    const labels = texts(actorNamed(actors, 'Doran Velik'));
    expect(labels.some((l) => /dismissed|decided/u.test(l))).toBe(false);
  });

  it('does not read a clause with a perfect auxiliary as a label', () => {
    const actors = findActors([
      buildArticle('a', 'The mayor met Lira Castan, who has blocked three budgets this year, in the town hall.', 'en'),
      buildArticle('b', 'Lira Castan said the budget was too large for the town.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Lira Castan')).some((l) => /blocked/u.test(l))).toBe(false);
  });

  it('keeps a relative clause after an apposition noun with that noun ("X, a rivalry that has …")', () => {
    const actors = findActors([
      buildArticle('a', 'She has fought with governor Miro Tadesk, a feud that has frozen new appointments and slowed repairs across the region.', 'en'),
      buildArticle('b', 'Miro Tadesk said the repairs would resume next month in the region.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Miro Tadesk')).some((l) => /frozen|feud/u.test(l))).toBe(false);
  });

  it('gives an adjective before an organisation’s name to that organisation, not to the person', () => {
    const actors = findActors([
      buildArticle('a', '"We will defend the vote," Ilan Berrow, who heads the moderate Solvian Unity Party, said by phone.', 'en'),
      buildArticle('b', 'Ilan Berrow and the Solvian Unity Party rejected the decree on Monday.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Ilan Berrow'))).not.toContain('moderate');
  });

  it('does not read an Arabic relative clause that acts on another titled person as a label', () => {
    const actors = findActors([
      buildArticle('a', 'قال الرئيس دوران فاليك، الذي أقال رئيس الوزراء أوستاب رين، إن القرار مؤقت.', 'ar'),
      buildArticle('b', 'التقى الرئيس دوران فاليك بالسفراء أمس في العاصمة.', 'ar'),
    ]);
    expect(labelStrings(actors.find((a) => a.name.includes('دوران'))!, 'text').some((l) => l.includes('أقال'))).toBe(false);
  });

  it('reads an ideology word and an "X-inspired" compound before a party’s name as labels, not as its name', () => {
    const actors = findActors([
      buildArticle('a', 'Crowds marched against the Islamist Nahdat Party in the capital on Sunday.', 'en'),
      buildArticle('b', 'Protesters burned offices of the Brotherhood-inspired Nahdat Party in two cities.', 'en'),
      buildArticle('c', 'The Nahdat Party said the protests were organised by its rivals.', 'en'),
    ]);
    const party = actorNamed(actors, 'Nahdat Party');
    expect(actors.some((a) => a.name.startsWith('Islamist'))).toBe(false);
    expect(texts(party)).toEqual(expect.arrayContaining(['Islamist', 'Brotherhood-inspired']));
  });

  it('reads "Country Parliament Speaker First Last" as the person with a title, one actor with "First Last"', () => {
    const actors = findActors([
      buildArticle('a', 'OSLAN — Velmari Parliament Speaker Rashid Ganem accused President Doran Velik of a coup on Sunday.', 'en'),
      buildArticle('b', 'Rashid Ganem, the parliament speaker, said the assembly would meet again.', 'en'),
    ]);
    expect(actors.some((a) => a.name.includes('Speaker'))).toBe(false);
    const person = actors.filter((a) => a.name.includes('Ganem'));
    expect(person).toHaveLength(1);
  });

  it('keeps an unnamed government as an actor only where outlets call it by different heads', () => {
    const alike = findActors([
      buildArticle('a', 'Crowds marched against the government in the capital on Sunday, witnesses said.', 'en'),
      buildArticle('b', 'The government imposed a curfew after the protests spread to the coast.', 'en'),
    ]);
    expect(alike.some((a) => /government/iu.test(a.name))).toBe(false);
    const differ = findActors([
      buildArticle('a', 'Crowds marched against the government in the capital on Sunday, witnesses said.', 'en'),
      buildArticle('b', 'The regime imposed a curfew after the protests spread to the coast.', 'en'),
    ]);
    expect(differ.some((a) => /government|regime/iu.test(a.name))).toBe(true);
  });

  it('reads a "pro-X" compound and a scare-quoted word before a party’s name as labels', () => {
    const actors = findActors([
      buildArticle('a', 'Police blocked the offices of the pro-Velmar \'moderate\' Nahdat Party on Monday.', 'en'),
      buildArticle('b', 'The Nahdat Party called for calm after the police left its offices.', 'en'),
    ]);
    // The quotes stay with the word: the outlet keeps its distance from it.
    expect(texts(actorNamed(actors, 'Nahdat Party'))).toEqual(expect.arrayContaining(['pro-Velmar', "'moderate'"]));
  });
});
