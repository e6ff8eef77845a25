/**
 * Small frames of English reporting: a comma grouping digits ("4,000") inside an aside, an embedded question after
 * a verb of saying ("documented how …"), the perfect of "show" with a document, "has spoken about". Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWordings } from './helpers.ts';

const reports = (text: string) => claimWordings(text, 'en').filter((c) => c.cue !== null);
const first = (text: string) => reports(text)[0];

describe('a comma grouping digits is no clause comma', () => {
  it('a relative with a count between the subject and its verb', () => {
    expect(first('The union, which represents 4,000 nurses, warned that strikes would follow.')).toMatchObject({ source: 'The union', kind: 'organization', content: 'strikes would follow' });
    expect(first('The union, which has 12,500 members, said that strikes would follow.')).toMatchObject({ source: 'The union' });
  });
});

describe('an embedded question after a verb of saying', () => {
  it('is the content of a WordNet verb of communication', () => {
    expect(first('The documentary documented how the prison population grew after 1980.')).toMatchObject({ source: 'The documentary', cue: 'documented', content: 'how the prison population grew after 1980' });
    expect(first('The mayor discussed how the plan would cut costs.')).toMatchObject({ source: 'The mayor', cue: 'discussed' });
  });

  it('"how to" with an infinitive is a topic, no report', () => {
    expect(reports('The panel discussed how to fund the new hospital.')).toEqual([]);
  });
});

describe('perfect tenses', () => {
  it('"has shown" with a document subject reports; with a person it is an act', () => {
    expect(first('Two surveys have shown that turnout fell.')).toMatchObject({ source: 'Two surveys', kind: 'document', cue: 'shown', content: 'turnout fell' });
    expect(reports('The striker has shown great form this season.')).toEqual([]);
  });

  it('"has spoken about"', () => {
    expect(first('She has spoken about the need for police reform.')).toMatchObject({ source: 'She', cue: 'spoken about' });
  });
});
