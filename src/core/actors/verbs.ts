/**
 * Whether a written word is a finite verb of the language's verb lemmas (Arabic WordNet's, in
 * lang/<code>/verbs.json), read through the language's verb morphology (attribution.json: past
 * endings, present prefixes and endings, object pronouns): a label is a noun phrase, an adjective, a
 * title or an apposition, never a clause a finite verb opens ("وصل", "استطاع السيطرة …").
 */
import { foldForMatch } from '../normalize/index.ts';

export interface VerbReading {
  /** 'only': the lemma has no noun or adjective sense; 'also': it is a noun too ("وصل"). */
  sense: 'only' | 'also';
  /** The verb carries an object pronoun ("تدعمها"): in a relative clause, the antecedent is its object. */
  object: boolean;
  /** Read as a past form (an ending after the stem) or a present one (a person prefix). */
  tense: 'past' | 'present';
  /** Read behind a glued conjunction ("ووصفته"): the word opens a new clause. */
  conjunction: boolean;
}

export interface VerbMorphology {
  pastSuffixes?: readonly string[];
  presentPrefixes?: readonly string[];
  presentSuffixes?: readonly string[];
  objectSuffixes?: readonly string[];
}

/** How a present stem meets the lemma: the long vowels of a hollow verb's middle, the vowel the lemma has there, the prefix of derived forms. */
export interface VerbStems {
  hollowVowels: string;
  longVowel: string;
  derivedPrefix: string;
}

/** Lemmas this long or more are read; shorter stems left after taking endings off meet nouns by chance. */
const MIN_STEM = 3;

/**
 * A reader of finite verbs for one language, or null where the language has no verb list.
 * `conjunctions`: glued conjunctions a verb may carry ("والتقى").
 * @example verbReader({ only: 'التقي', also: '' }, morphology, ['و'])?.('والتقي') // { sense: 'only', tense: 'past', object: false, conjunction: true }
 */
export function verbReader(
  verbs: { only: string; also: string } | undefined,
  morphology: VerbMorphology | undefined,
  conjunctions: readonly string[],
  stems?: VerbStems,
): ((key: string) => VerbReading | undefined) | null {
  if (!verbs || !morphology) return null;
  const only = new Set(verbs.only.split(' ').filter(Boolean));
  const also = new Set(verbs.also.split(' ').filter(Boolean));
  const fold = (xs: readonly string[] | undefined): string[] => [...new Set((xs ?? []).map(foldForMatch))].sort((a, b) => a.length - b.length);
  const past = fold(morphology.pastSuffixes);
  const prefixes = fold(morphology.presentPrefixes).filter(Boolean);
  const presentEnds = fold(morphology.presentSuffixes);
  const objects = fold(morphology.objectSuffixes);
  const conj = fold(conjunctions).filter(Boolean);
  const lemma = (w: string): VerbReading['sense'] | undefined => (w.length < MIN_STEM ? undefined : only.has(w) ? 'only' : also.has(w) ? 'also' : undefined);
  // The present stem as the dictionary keys it: as is, hollow, with the prefix of the derived forms (lang data).
  const hollowVowels = foldForMatch(stems?.hollowVowels ?? '');
  const long = foldForMatch(stems?.longVowel ?? '');
  const derived = foldForMatch(stems?.derivedPrefix ?? '');
  const presentLemma = (body: string): VerbReading['sense'] | undefined => {
    const hollow = long && body.length === 3 && hollowVowels.includes(body[1]!) ? `${body[0]}${long}${body[2]}` : body;
    return lemma(body) ?? lemma(hollow) ?? (derived ? (lemma(`${derived}${body}`) ?? lemma(`${derived}${hollow}`)) : undefined);
  };
  const read = (w: string): Pick<VerbReading, 'sense' | 'tense'> | undefined => {
    for (const s of past) if (w.endsWith(s) && w.length - s.length >= MIN_STEM) {
      const sense = lemma(w.slice(0, w.length - s.length));
      if (sense) return { sense, tense: 'past' };
    }
    for (const p of prefixes) {
      if (!w.startsWith(p)) continue;
      for (const s of presentEnds) if (w.endsWith(s) && w.length - p.length - s.length >= MIN_STEM) {
        const sense = presentLemma(w.slice(p.length, w.length - s.length));
        if (sense) return { sense, tense: 'present' };
      }
    }
    return undefined;
  };
  const memo = new Map<string, VerbReading | null>();
  return (key: string): VerbReading | undefined => {
    let known = memo.get(key);
    if (known === undefined) memo.set(key, (known = readWord(key) ?? null));
    return known ?? undefined;
  };
  function readWord(key: string): VerbReading | undefined {
    const words = [key, ...conj.filter((c) => key.startsWith(c) && key.length - c.length >= MIN_STEM).map((c) => key.slice(c.length))];
    for (const w of words) {
      for (const o of objects) {
        if (!w.endsWith(o) || w.length - o.length < MIN_STEM) continue;
        const found = read(w.slice(0, w.length - o.length));
        if (found) return { ...found, object: o.length > 0, conjunction: w !== key };
      }
    }
    return undefined;
  }
}
