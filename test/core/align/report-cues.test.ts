import { describe, expect, it } from 'vitest';
import { isReportCue } from '../../../src/core/attribute/index.ts';

describe('report words that split a claim into propositions', () => {
  it('a cue verb reports on its own', () => {
    expect(isReportCue('en', 'announced')).toBe(true);
  });

  it('a bare lemma that reports only after a modal does not ("raised the lending rate", "the state")', () => {
    expect(isReportCue('en', 'rate')).toBe(false);
    expect(isReportCue('en', 'state')).toBe(false);
    expect(isReportCue('en', 'charge')).toBe(false);
  });

  it('a verb that reports only after a poll share does not', () => {
    expect(isReportCue('en', 'back')).toBe(false);
  });
});
