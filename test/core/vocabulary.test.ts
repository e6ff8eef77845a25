import { describe, expect, it } from 'vitest';
import { LANGUAGE_PROFILES } from '../../src/core/lang/profiles.ts';
import { LANGUAGES, languageBundle } from '../../src/core/lang/registry.ts';
import { CUE_STANCES, LABEL_STANCES, SOURCE_KINDS } from '../../src/core/vocabulary.ts';

describe('vocabularies', () => {
  it('spell each closed set once, without repeats', () => {
    for (const list of [SOURCE_KINDS, CUE_STANCES, LABEL_STANCES]) expect(new Set(list).size).toBe(list.length);
    expect(SOURCE_KINDS).toContain('anonymous');
    expect(CUE_STANCES).toEqual(['neutral', 'endorsing', 'distancing']);
  });

  it('are what the language data uses: every cue stance in the attribution files is a known one', () => {
    for (const bundle of LANGUAGES) {
      const cues = (bundle.attribution as { cues?: { stance?: string }[] }).cues ?? [];
      for (const cue of cues) if (cue.stance) expect(CUE_STANCES as readonly string[]).toContain(cue.stance);
    }
  });
});

describe('language registry', () => {
  it('registers every language once, and each stage reads the same list', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(LANGUAGE_PROFILES.map((p) => p.code)).toEqual(codes);
    expect(languageBundle('en')?.language.code).toBe('en');
    expect(languageBundle('xx')).toBeUndefined();
  });
});
