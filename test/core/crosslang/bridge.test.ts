import { englishFor } from '../../../src/core/crosslang/bridge.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

const en = (word: string) => englishFor(foldForMatch(word));

describe('englishFor', () => {
  it('finds the English words of an Arabic noun under its article and clitics', () => {
    expect(en('الحكومة')).toContain('government');
    expect(en('وللحكومة')).toContain('government');
    expect(en('حكومتها')).toContain('government');
  });

  it('finds a verb under its person ending', () => {
    expect(en('أعلنت')).toContain('announce');
    expect(en('فرّوا')).toContain('flee');
  });

  it('gives nothing for a word the bridge does not know', () => {
    expect(en('بلابلا')).toEqual([]);
  });
});
