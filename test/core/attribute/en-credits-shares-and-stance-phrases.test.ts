import { describe, expect, it } from 'vitest';
import { at, claimsOf } from './helpers.ts';

// Sentences written for these tests (session 10): families of English attribution missed on PolNeAR tune.
describe('English attribution: credits, shares of those polled, stance phrases', () => {
  it('a form that also spells a noun closes a credit after a comma or a closing quotation', () => {
    const quoted = '“The bridge will reopen in May,” she notes.';
    expect(claimsOf(quoted, 'en')[0]!.attribution).toMatchObject({ source: at(quoted, 'she'), cue: at(quoted, 'notes') });
    const outlet = 'Shift workers at the plant earn bonuses every quarter, the Harbour Gazette reports.';
    expect(claimsOf(outlet, 'en')[0]!.attribution).toMatchObject({ source: at(outlet, 'the Harbour Gazette'), cue: at(outlet, 'reports') });
    const adding = 'The levy is unfair, the farmer claims, adding that prices will rise.';
    expect(claimsOf(adding, 'en').map((c) => c.attribution?.cue.text)).toEqual(['claims', 'adding']);
    // The noun reading stays where no subject closes the sentence that way.
    expect(claimsOf('The budget covers, among other items, his travel claims.', 'en')[0]!.attribution).toBeNull();
    expect(claimsOf('Cooks filed, in the end, new claims.', 'en')[0]!.attribution).toBeNull();
  });

  it('an attitude verb closing the sentence after its subject holds what came before', () => {
    const believes = 'The dam will hold through the winter, the engineer believes.';
    expect(claimsOf(believes, 'en')[0]!.attribution).toMatchObject({ source: at(believes, 'the engineer'), cue: at(believes, 'believes') });
    const learned = 'The museum will close its east wing next year, the Valley Courier has learned.';
    expect(claimsOf(learned, 'en')[0]!.attribution).toMatchObject({ source: at(learned, 'the Valley Courier'), cue: at(learned, 'has learned') });
    // A phrase opened by a preposition is no subject: "per the Smith plan" is no credit.
    expect(claimsOf('Half of that, per the Garner plan, is paid by the city.', 'en')[0]!.attribution).toBeNull();
    // "it seems" holds no belief.
    expect(claimsOf('The dam will hold, it seems.', 'en')[0]!.attribution).toBeNull();
  });

  it('a share of those polled speaks: "60 percent said", "38% said", after "while" too', () => {
    const share = 'About 60 percent said the roads had got worse.';
    expect(claimsOf(share, 'en')[0]!.attribution).toMatchObject({ source: at(share, '60 percent'), cue: at(share, 'said') });
    const sign = '38% said they trust the courts.';
    expect(claimsOf(sign, 'en')[0]!.attribution?.cue.text).toBe('said');
    const two = 'Only 41 percent of riders agreed that the buses run "on time most of the day," while 70 percent said the same of the trams.';
    const claims = claimsOf(two, 'en');
    expect(claims.map((c) => c.attribution?.source.text)).toEqual(['Only 41 percent of riders', '70 percent']);
    // A figure set off by a comma is no speaker.
    const rate = 'The rate rose to a record 19.5 percent, in a move the bank said would slow prices.';
    expect(claimsOf(rate, 'en').some((c) => c.attribution?.source.text.includes('percent'))).toBe(false);
  });

  it('"made (it) clear" reports; a document a named outlet wrote, "the article read"', () => {
    const clear = 'In a radio interview, the minister made it clear he had doubts about the drill.';
    expect(claimsOf(clear, 'en')[0]!.attribution).toMatchObject({ source: at(clear, 'the minister'), cue: at(clear, 'made it clear') });
    const read = '“The mill was the heart of the town,” the article read.';
    expect(claimsOf(read, 'en')[0]!.attribution).toMatchObject({ source: at(read, 'the article'), cue: at(read, 'read') });
  });

  it('belief with a coordinated subject; a passive with "being" names its agent', () => {
    const both = 'Regulators and local groups worried that the mine would close.';
    expect(claimsOf(both, 'en')[0]!.attribution?.cue.text).toBe('worried');
    const being = 'The new tariff is being criticized by dairy farmers.';
    expect(claimsOf(being, 'en')[0]!.attribution).toMatchObject({ source: at(being, 'dairy farmers'), cue: at(being, 'criticized') });
    expect(claimsOf('The bridge is being repainted by contractors.', 'en')[0]!.attribution).toBeNull();
  });

  it('"A, who said …, told …": the main verb after a relative clause\'s report is a claim of its own by A', () => {
    const text = 'The harbour master, who said the tide was late, told fishermen that the quay would stay shut.';
    const claims = claimsOf(text, 'en');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['said', 'told']);
    expect(claims.map((c) => c.attribution?.source.text)).toEqual(['The harbour master', 'The harbour master']);
    expect(claims[1]!.text).toBe('told fishermen that the quay would stay shut.');
    const belief = 'The principal, who believes the roof is sound, said classes would resume.';
    expect(claimsOf(belief, 'en').map((c) => c.attribution?.cue.text)).toEqual(['believes', 'said']);
    // A relative with no report of its own leaves the sentence one claim.
    const plain = 'The principal, who arrived late, said classes would resume.';
    expect(claimsOf(plain, 'en').map((c) => c.attribution?.cue.text)).toEqual(['said']);
  });

  it('speech-act verbs: referencing, reciting, "references" with an object', () => {
    const reciting = '“The river remembers,” the poet told the crowd, reciting an old ballad.';
    expect(claimsOf(reciting, 'en').map((c) => c.attribution?.cue.text)).toEqual(['told', 'reciting']);
    const video = 'A short video by the union references four closures in which the firm cut jobs.';
    expect(claimsOf(video, 'en')[0]!.attribution).toMatchObject({ cue: at(video, 'references') });
    // The noun stays a noun.
    expect(claimsOf('She gave two references to the board.', 'en')[0]!.attribution).toBeNull();
    expect(claimsOf('The case was referred to prosecutors in May.', 'en')[0]!.attribution).toBeNull();
  });

  it('sources: "elected officials" after a concession, no determiner as a name, adverbs inside a passive', () => {
    const elected = 'Although the council lacks a budget, elected officials from both towns say the school will open.';
    expect(claimsOf(elected, 'en').find((c) => c.attribution)?.attribution?.source.text).toBe('elected officials from both towns');
    const tag = 'The trouble, the coach said later, was that the pitch had flooded.';
    expect(claimsOf(tag, 'en')[0]!.attribution?.source.text).toBe('the coach');
    const first = 'The leak was first reported by the Harbour Gazette.';
    expect(claimsOf(first, 'en')[0]!.attribution).toMatchObject({ source: at(first, 'the Harbour Gazette'), cue: at(first, 'reported') });
    // With no agent, the passive reports nothing (it gave "The leak" as the source).
    expect(claimsOf('The leak was first reported in May.', 'en')[0]!.attribution).toBeNull();
    // "Asked about …" still opens a participle clause, not a subject.
    const asked = 'Asked about the leak, the minister said it was minor.';
    expect(claimsOf(asked, 'en')[0]!.attribution?.source.text).toBe('the minister');
  });

  it('stance phrases: critical of, disagrees with, railed against, expressed reservations, took offense at', () => {
    const critical = 'The senator has been critical of the port authority since the spring.';
    expect(claimsOf(critical, 'en')[0]!.attribution).toMatchObject({ source: at(critical, 'The senator'), cue: at(critical, 'has been critical of') });
    // "has learned" shares its first word with "has been critical of": both stay cues.
    const learned = 'The ferry will stop running in May, the Coast Ledger has learned.';
    expect(claimsOf(learned, 'en')[0]!.attribution?.cue.text).toBe('has learned');
    for (const [text, cue] of [
      ['The governor apparently disagrees with her former deputy.', 'disagrees with'],
      ['The mayor railed against the cost of the new stadium.', 'railed against'],
      ['Several councillors privately expressed reservations about the merger.', 'expressed reservations'],
      ['The coach took offense at claims that the team had quit.', 'took offense at'],
    ]) expect(claimsOf(text!, 'en')[0]!.attribution?.cue.text).toBe(cue);
    // A phrase ending in its preposition needs an object after it.
    expect(claimsOf('It is a view most farmers would disagree with.', 'en')[0]!.attribution).toBeNull();
  });

  it('a bare verb form after "a"/"an" and its modifiers, or after a preposition, is a noun', () => {
    expect(claimsOf('The pair taped an hourlong show that aired on Sunday.', 'en')[0]!.attribution).toBeNull();
    expect(claimsOf('The hearings were just for show and little else.', 'en')[0]!.attribution).toBeNull();
    const polls = 'Polls show that the race is close.';
    expect(claimsOf(polls, 'en')[0]!.attribution?.cue.text).toBe('show');
    const few = 'A few engineers say that the bridge is safe.';
    expect(claimsOf(few, 'en')[0]!.attribution?.cue.text).toBe('say');
  });

  it('", also saying …", ", even suggesting …": an adverb after the comma keeps the participle a second report', () => {
    const text = 'The coach complained about the pitch, even suggesting it had been watered on purpose.';
    const claims = claimsOf(text, 'en');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['complained', 'suggesting']);
    expect(claims[1]!.text).toBe('even suggesting it had been watered on purpose.');
    expect(claims[1]!.attribution?.source.text).toBe('The coach');
    // No report before it: the participle stays with the clause (no second claim).
    expect(claimsOf('The river rose overnight, even flooding the lower road.', 'en').every((c) => c.attribution === null)).toBe(true);
  });

  it('an article opening "CITY: …" has a dateline, no speaker; a report after a semicolon leaves the clause before it', () => {
    const dateline = claimsOf('LISBON: Part of the old market burned down on Tuesday night.', 'en');
    expect(dateline[0]!.attribution).toBeNull();
    // The outlet's own sentence starts after its dateline.
    expect(dateline[0]!.text).toBe('Part of the old market burned down on Tuesday night.');
    // A label in capitals later on still speaks its line.
    const later = 'The debate went on. MORENO: We will cut the tax.';
    expect(claimsOf(later, 'en').find((c) => c.attribution)?.attribution?.source.text).toBe('MORENO');
    const semi = 'Court fines the mayor in a land case; the mayor says he will appeal the ruling';
    const claims = claimsOf(semi, 'en');
    expect(claims[0]!.attribution).toBeNull();
    expect(claims[1]!.attribution).toMatchObject({ source: at(semi, 'the mayor', 1), cue: at(semi, 'says') });
  });

  it('"issued a statement asserting …": a participle right after a channel noun reports for the main subject', () => {
    const text = 'The guild issued a short statement asserting the strike was legal, calling the ruling a “disgrace” for the courts.';
    const claims = claimsOf(text, 'en');
    expect(claims.map((c) => c.attribution?.cue.text)).toEqual(['asserting', 'calling']);
    expect(claims.map((c) => c.attribution?.source.text)).toEqual(['The guild', 'The guild']);
    // People are no channel of the speaker's: "reporters asking" are the reporters.
    const asked = 'The minister told reporters asking about the case that it was closed.';
    expect(claimsOf(asked, 'en').map((c) => c.attribution?.cue.text)).toEqual(['told']);
  });
});
