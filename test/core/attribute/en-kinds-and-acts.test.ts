import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

const source = (text: string, needle: string) => attributionAt(claimsOf(text, 'en'), needle)?.source;

describe('English kinds: broadcasters, state bodies and countries', () => {
  it('"state television said", "national radio said" are media, not persons', () => {
    expect(source('The count was delayed by a storm, state television said.', 'storm')).toMatchObject({ text: 'state television', kind: 'media' });
    expect(source('Two ferries sank near the port, national radio said.', 'ferries')).toMatchObject({ text: 'national radio', kind: 'media' });
  });

  it('"the directorate said" is a body', () => {
    expect(source('The president also wished the winner well, the directorate said.', 'wished')?.kind).toBe('organization');
  });

  it('a country that speaks is its state, a body (CLDR names), a person’s name stays a person', () => {
    expect(source('The crossing will stay shut until Friday, Norway said.', 'crossing')).toMatchObject({ text: 'Norway', kind: 'organization' });
    expect(source('Peru warned that it would recall its envoy.', 'recall')).toMatchObject({ text: 'Peru', kind: 'organization' });
    expect(source('The crossing will stay shut until Friday, Halvorsen said.', 'crossing')?.kind).toBe('person');
  });
});

describe('English: a name keeps its apposed role', () => {
  it('"A B, head of the C, said" gives the person A B with the role', () => {
    const s = source('Lena Ostrova, head of the National Water Board, said the reservoirs were full.', 'reservoirs');
    expect(s?.text.startsWith('Lena Ostrova')).toBe(true);
    expect(s?.kind).toBe('person');
  });
});

describe('English: a clause before ", the body said" is no name', () => {
  it('"The talks ended, the ministry said" gives the ministry', () => {
    expect(source('The talks ended, the ministry said.', 'talks')?.text).toBe('the ministry');
    expect(source('The envoy also thanked the hosts, the secretariat said.', 'envoy')?.text).toBe('the secretariat');
  });

  it('an adjective in -ed after an -ly adverb still joins its apposition', () => {
    expect(source('The newly elected mayor, a lawyer, said the port would reopen.', 'port')?.text).toBe('The newly elected mayor, a lawyer');
  });
});

describe('English acts: passives with an adverbial, conceding defeat', () => {
  it('"was on Monday declared the winner": the person is declared, declares nothing', () => {
    expect(attributionAt(claimsOf('Independent candidate Rosa Vell was on Monday declared the winner of the runoff.', 'en'), 'winner')).toBeNull();
    expect(attributionAt(claimsOf('The referendum was later declared void.', 'en'), 'void')).toBeNull();
  });

  it('"conceded defeat" is an act; "conceded that …" and a closing "… conceded." report', () => {
    expect(attributionAt(claimsOf('His rival, Tomas Brekke, had already conceded defeat.', 'en'), 'defeat')).toBeNull();
    expect(source('Brekke conceded that the count had been fair.', 'count')?.text).toBe('Brekke');
    expect(source('“The count was fair,” Brekke conceded.', 'count')?.text).toBe('Brekke');
  });
});

describe('English: an intention inside a relative clause is no report', () => {
  it('"A, an outsider who wants to …, won the vote" reports nothing; "who said …" and "wants to …" as main verb still do', () => {
    expect(attributionAt(claimsOf('Ines Moura, a political outsider who wants to rebuild the party, won the vote.', 'en'), 'outsider')).toBeNull();
    expect(source('Ines Moura wants to rebuild the party.', 'rebuild')?.text).toBe('Ines Moura');
    expect(source('The mayor, who understood that the vote was lost, stayed home.', 'vote')?.text).toBe('The mayor');
  });
});

describe('English: a name with a lower-case title or modifier after a quotation', () => {
  it('"“…,” retired admiral A B said" keeps the whole subject', () => {
    expect(source('“We will not back down,” retired admiral Jon Haugen said.', 'back down')?.text).toBe('retired admiral Jon Haugen');
    expect(source('Asked about the harbour, Jon Haugen said it was closed.', 'closed')?.text).toBe('Jon Haugen');
  });

  it('"“…,” said widow A B." takes the titled name; "said of B" does not', () => {
    expect(source('“It is finished,” said widow Edda Lunde.', 'finished')?.text).toBe('widow Edda Lunde');
    expect(source('“They want to look legitimate,” Jon Haugen, a former envoy, said of Nordvik.', 'legitimate')?.text).toBe('Jon Haugen, a former envoy');
  });
});

describe('English: places joined after a plural of people, and a body in apposition', () => {
  it('"Officials from Spain and Portugal said" keeps the whole phrase; a titled second name stays its own', () => {
    expect(source('Officials from Chile and Uruguay said the talks had stalled.', 'stalled')?.text).toBe('Officials from Chile and Uruguay');
    expect(source('Officials from Chile and Mr. Rossi said the talks had stalled.', 'stalled')?.text).toBe('Mr. Rossi');
  });

  it('", the army said" after a clause gives the army; a name before a body apposition joins it', () => {
    expect(source('Many fled, the army said.', 'fled')?.text).toBe('the army');
    expect(source('Residents of Tarn and Lisle, the army said, had fled.', 'fled')?.text).toBe('the army');
    expect(source('Acme, the state bank, said rates would rise.', 'rates')?.text).toBe('Acme, the state bank');
  });
});

describe('English: "he" never resolves to a plural head', () => {
  it('"Officials said … He said …" leaves "He" unresolved; "They" takes the officials', () => {
    const claims = claimsOf('Officials said the bridge was closed. He said it would reopen in May.', 'en');
    expect(attributionAt(claims, 'May')?.source.text).toBe('He');
    expect(attributionAt(claimsOf('Officials said the bridge was closed. They said it would reopen in May.', 'en'), 'May')?.source.text).toBe('Officials');
  });
});

describe('a toll is a document-like source', () => {
  it('"according to a new toll issued by the ministry" credits a document', () => {
    const claims = claimsOf('Floods in the delta killed 48 people, according to a new toll issued by the health ministry.', 'en');
    expect(claims[0]?.attribution?.source.kind).toBe('document');
  });
});
