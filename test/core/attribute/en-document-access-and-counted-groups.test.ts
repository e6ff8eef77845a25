/**
 * Subjects of English reports that hide behind a post-modifier: a document someone got hold of ("documents
 * obtained by the newspaper show …": the document speaks, the agent only read it), a document written by someone
 * ("a memo written by the lawyers warns …": the writing verb is no cue), a counted group ("40 senators said …")
 * and places joined after a plural of documents ("polls in Ohio and Texas show …"). Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);

describe('a document got hold of by someone', () => {
  it('the document speaks, not the one who obtained or saw it', () => {
    expect(reports('Documents obtained by the Gazette show that the firm paid no tax for six years.')).toEqual([expect.objectContaining({ source: 'Documents', kind: 'document', cue: 'show' })]);
    expect(reports('A draft seen by the agency says the fund will double next year.')).toEqual([expect.objectContaining({ source: 'A draft', cue: 'says' })]);
    expect(reports('Court records reviewed by local reporters show the sheriff was paid twice.')[0]).toMatchObject({ cue: 'show', kind: 'document' });
    expect(reports('Emails combed through by volunteers suggest that the mayor knew of the leak.')[0]).toMatchObject({ source: 'Emails', cue: 'suggest' });
  });

  it('a document released or signed by someone still speaks for its author', () => {
    expect(reports('A video released by the ministry shows the prisoners being freed.')[0]).toMatchObject({ source: 'the ministry', cue: 'shows' });
    expect(reports('A letter signed by the governors says that the levy is unlawful.')[0]).toMatchObject({ source: 'the governors', cue: 'says' });
  });
});

describe('a writing verb inside a reduced relative on a document', () => {
  it('is no cue; the verb after the relative reports', () => {
    expect(reports('A memo written by the auditors warns that the fund could run dry.')).toEqual([expect.objectContaining({ source: 'the auditors', cue: 'warns' })]);
    expect(reports('A report written by two economists found that wages fell in the north.')).toEqual([expect.objectContaining({ cue: 'found' })]);
  });

  it('a writing verb in a clause of its own still reports', () => {
    expect(reports('The statement was written by aides and said the talks had failed.').map((c) => c.cue)).toContain('said');
  });
});

describe('a counted group', () => {
  it('a figure and a plural noun speak', () => {
    expect(reports('40 senators said the treaty was unlawful.')).toEqual([expect.objectContaining({ source: '40 senators', cue: 'said' })]);
    expect(reports('Some 12 states have argued that the rule is illegal.')[0]).toMatchObject({ source: 'Some 12 states', cue: 'argued' });
    expect(reports('In a joint letter, 30 governors said the cuts went too far.')[0]).toMatchObject({ source: '30 governors', cue: 'said' });
  });

  it('a figure alone is still no speaker', () => {
    expect(reports('Inflation rose to a record 27.25 percent, in a move that analysts said was expected.').map((c) => c.source)).not.toContain('27.25 percent');
  });
});

describe('places joined after a plural of documents', () => {
  it('stay in the subject', () => {
    expect(reports('Recent polls in Ohio and Texas have shown the lead shrinking.')).toEqual([expect.objectContaining({ source: 'Recent polls in Ohio and Texas', cue: 'shown' })]);
    expect(reports('Surveys in Leeds and Hull found that most tenants pay too much.')[0]).toMatchObject({ source: 'Surveys in Leeds and Hull', cue: 'found' });
  });
});

describe('two speakers joined by "and"', () => {
  it('are one source when both open the clause', () => {
    expect(reports('Moreno and Quist said the deal was dead.')).toEqual([expect.objectContaining({ source: 'Moreno and Quist', cue: 'said' })]);
    expect(reports('After the hearing, the mayor and the sheriff said the jail would close.')[0]).toMatchObject({ source: 'the mayor and the sheriff' });
    expect(reports('Police and witnesses said the van sped away.')[0]).toMatchObject({ source: 'Police and witnesses' });
  });

  it('a clause or a place before "and" is no speaker', () => {
    expect(reports('The army shelled the port and officials said it was empty.')[0]).toMatchObject({ source: 'officials' });
    expect(reports('On Monday and Tuesday the ministry said the port was shut.')[0]).toMatchObject({ source: 'the ministry' });
  });
});
