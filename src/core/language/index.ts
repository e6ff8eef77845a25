import { LANGUAGE_PROFILES, type LanguageProfile } from '../lang/profiles.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

// A few thousand characters decide the language; reading more only costs time.
const SAMPLE_LENGTH = 2000;
const scriptPatterns = new Map<string, RegExp>();
function scriptPattern(script: string): RegExp {
  let pattern = scriptPatterns.get(script);
  if (!pattern) {
    pattern = new RegExp(`\\p{Script=${script}}`, 'gu');
    scriptPatterns.set(script, pattern);
  }
  return pattern;
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
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return 'und';
  const words = foldForMatch(sample).match(/[\p{L}\p{M}']+/gu) ?? [];
  let best: { code: LanguageCode; score: number } = { code: 'und', score: 0 };
  for (const profile of LANGUAGE_PROFILES) {
    const scriptShare = (sample.match(scriptPattern(profile.script))?.length ?? 0) / letters;
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
