import { describe, expect, it } from 'vitest';
import { gluedToEntry } from '../../../src/core/crosslang/bridge.ts';

describe('gluedToEntry: a dictionary word behind a glued conjunction', () => {
  it('reads «و» glued to a word the bridge knows only without it', () => {
    expect(gluedToEntry('وجامعه', 'و')).toBe(true);
    expect(gluedToEntry('والاتحاد', 'و')).toBe(true);
  });
  it('keeps a word that opens on the letter itself, and takes off no second proclitic', () => {
    // «وزارة» (ministry) and «ولاية» (state) are words of their own; «وليد» is no «و» + «ل» + «يد».
    expect(gluedToEntry('وزاره', 'و')).toBe(false);
    expect(gluedToEntry('ولايه', 'و')).toBe(false);
    expect(gluedToEntry('وليد', 'و')).toBe(false);
  });
});
