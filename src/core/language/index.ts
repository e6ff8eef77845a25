import { LANGUAGE_PROFILES, type LanguageProfile } from '../lang/profiles.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

// A few thousand characters decide the language; reading more only costs time.
const SAMPLE_LENGTH = 2000;
const LETTER = /\p{L}/u;
const scriptPatterns = new Map<string, RegExp>();
function scriptPattern(script: string): RegExp {
  let pattern = scriptPatterns.get(script);
  if (!pattern) {
    pattern = new RegExp(`\\p{Script=${script}}`, 'u');
    scriptPatterns.set(script, pattern);
  }
  return pattern;
}

// Per-pattern verdicts for BMP code units, filled lazily: counting by table beats `match(/…/gu)`,
// which allocates a string per letter.
const verdicts = new Map<RegExp, Int8Array>();

/** How many code points of `text` match `pattern` (a one-code-point test, without the g flag). */
function countCodePoints(text: string, pattern: RegExp): number {
  let table = verdicts.get(pattern);
  if (!table) verdicts.set(pattern, (table = new Int8Array(0x10000).fill(-1)));
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (pattern.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    let verdict = table[code]!;
    if (verdict < 0) table[code] = verdict = pattern.test(String.fromCharCode(code)) ? 1 : 0;
    n += verdict;
  }
  return n;
}

const foldedWords = new Map<LanguageProfile, Set<string>>();
function commonWordSet(profile: LanguageProfile): Set<string> {
  let set = foldedWords.get(profile);
  if (!set) {
    set = new Set(profile.commonWords.map(foldForMatch));
    foldedWords.set(profile, set);
  }
  return set;
}

/**
 * Detects the language of an article among the languages Parallax has data for; 'und' otherwise.
 * The dominant script narrows the candidates; function-word hits decide among them (so French, also
 * Latin-script, is not taken for English).
 * @example detectLanguage('قال المتحدث إن القوات تقدمت') === 'ar'
 */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const letters = countCodePoints(sample, LETTER);
  if (letters < 3) return 'und';
  const words = foldForMatch(sample).match(/[\p{L}\p{M}']+/gu) ?? [];
  let best: { code: LanguageCode; score: number } = { code: 'und', score: 0 };
  for (const profile of LANGUAGE_PROFILES) {
    const scriptShare = countCodePoints(sample, scriptPattern(profile.script)) / letters;
    if (scriptShare < 0.4) continue;
    const common = commonWordSet(profile);
    const hits = words.reduce((n, w) => n + (common.has(w) ? 1 : 0), 0);
    const hitShare = words.length ? hits / words.length : 0;
    // Short texts get the benefit of the doubt from the script alone, long ones need function words.
    const enoughEvidence = hitShare >= 0.05 || (words.length < 12 && hits >= 2) || (words.length < 4 && scriptShare > 0.9);
    if (!enoughEvidence) continue;
    const score = scriptShare + hitShare * 2;
    if (score > best.score) best = { code: profile.code, score };
  }
  return best.code;
}
