/**
 * Senses chosen per pair. An Arabic word stands in the anchors for the English words of its first
 * ranked senses only (anchors.ts): the bridge's order among senses is a guess, and every further word
 * made a claim's vector noisier (session 12: recall up, precision down). Here each Arabic word keeps
 * the rest of its English words (further ranked ones and its other senses' words) aside; when two
 * claims are scored, a word none of whose first words the other claim writes may take the one further
 * sense that claim does write («الفرقة» → division beside "Division"). The choice uses the pair, not
 * the case, so a sense counts only where its English word stands.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { Token } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import { wordMemo } from '../util/word-memo.ts';
import { type Anchor, BRIDGE_WORDS, bridgeRankWeight, englishWordAnchors, isFunctionWord } from './anchors.ts';
import { englishFor, englishInName } from './bridge.ts';

/** One Arabic word's anchors in the vector (`first`) and its further senses' anchors, with their weights. */
export interface SenseChoice {
  first: readonly string[];
  further: readonly Anchor[];
}

/**
 * A word's further senses, each weighed by its rank among the word's English words as the first ones are
 * (1/√(rank+1)): the ranked words, then the other senses' words (`englishInName`).
 */
function computeChoice(norm: string): SenseChoice | null {
  if (isFunctionWord(norm, 'ar')) return null;
  const ranked = englishFor(norm);
  const first = new Set(ranked.slice(0, BRIDGE_WORDS).flatMap((w) => englishWordAnchors(englishStemmer(w), 1).map((a) => a.key)));
  const further = new Map<string, number>();
  englishInName(norm).forEach((word, rank) => {
    for (const { key } of englishWordAnchors(englishStemmer(word), 1)) if (!first.has(key) && !further.has(key)) further.set(key, bridgeRankWeight(rank));
  });
  return further.size === 0 ? null : { first: [...first], further: [...further].map(([key, weight]) => ({ key, weight })) };
}

const choiceMemo = wordMemo((norm) => computeChoice(norm));

/**
 * The words of a claim in a language the bridge translates (not English) that have further senses,
 * one choice per distinct word.
 * @example senseChoices(wordTokens('أعلنت الفرقة', 'ar'), 'ar').length // 1 or 2
 */
export function senseChoices(tokens: readonly Token[], language: LanguageCode): SenseChoice[] {
  if (language === 'en') return [];
  const out: SenseChoice[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.norm.length < 2 || seen.has(token.norm)) continue;
    seen.add(token.norm);
    const choice = choiceMemo(language, token.norm);
    if (choice) out.push(choice);
  }
  return out;
}
