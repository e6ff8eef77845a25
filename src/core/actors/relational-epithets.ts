/**
 * Epithets that name a person by a relation to another: "his secular rival", «منافسه». They stand for
 * someone other than the person named last before them (whose rival he is), so the reading of
 * person-epithets.ts (the person named before) would be wrong: the epithet goes to the one person of the
 * article the case calls by that relation elsewhere ("his challenger, X"), other than the possessor.
 * The relations are the language's data (`relationalKeys`, with `personalPossessives` where a separate
 * word says whose: "his"; where none is listed the form holds it, «منافسه»).
 */
import { isStopword, stemToken } from '../align/terms.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import type { CaseText } from './discover.ts';
import type { LabelDraft } from './labels.ts';
import { cliticLength, newDraft } from './labels.ts';
import { hasArticle, labelFile } from './lexicon.ts';
import type { Mention } from './mentions.ts';

export interface RelationalTarget {
  mentions: readonly Mention[];
  drafts: LabelDraft[];
}

interface RelationalWords {
  keys: Set<string>;
  possessives: Set<string>;
}

const cache = new Map<LanguageCode, RelationalWords | null>();

function relationalWords(lang: LanguageCode): RelationalWords | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const a = labelFile(lang)?.actors;
  const keys = new Set(a?.relationalKeys ?? []);
  const words = keys.size ? { keys, possessives: new Set((a?.personalPossessives ?? []).map(foldForMatch)) } : null;
  cache.set(lang, words);
  return words;
}

/** Modifiers between the possessive and the relation ("his secular rival", "her longtime main rival"). */
const MAX_MODIFIERS = 2;
/** Words between the possessor's name and the epithet. */
const REACH = 40;

/**
 * Adds relational epithets to the one other person of the article the case calls so.
 * @example addRelationalEpithets(texts, occupied, persons) // "X led his secular rival" → Y, "X's challenger, Y" elsewhere
 */
export function addRelationalEpithets(texts: readonly CaseText[], occupied: readonly ReadonlySet<number>[], persons: readonly RelationalTarget[]): void {
  if (persons.length < 2) return;
  // Who carries each relation somewhere in the case (read before any is added here).
  const carriers = new Map<string, Set<RelationalTarget>>();
  for (const p of persons) for (const d of p.drafts) if (d.origin === 'lexicon') (carriers.get(d.key) ?? carriers.set(d.key, new Set()).get(d.key)!).add(p);
  for (const c of texts) {
    const words = relationalWords(c.lang);
    if (!words || ![...words.keys].some((k) => carriers.has(k))) continue;
    const named = persons.flatMap((p) => p.mentions.filter((m) => m.article === c.articleIndex).map((m) => ({ last: m.last, p })));
    if (named.length < 2) continue;
    named.sort((a, b) => a.last - b.last);
    const taken = occupied[c.articleIndex]!;
    for (let k = 0; k < c.tokens.length; k++) {
      if (taken.has(k)) continue;
      const found = relationAt(c, k, taken, words);
      if (!found) continue;
      k = found.last;
      let possessor: RelationalTarget | undefined;
      for (const n of named) if (n.last < found.first && found.first - n.last <= REACH) possessor = n.p;
      const here = new Set(named.map((n) => n.p));
      const others = [...(carriers.get(found.relation) ?? [])].filter((p) => p !== possessor && here.has(p));
      if (others.length !== 1) continue;
      const start = c.tokens[found.first]!.start + cliticLength(c, found.first);
      const end = c.tokens[found.last]!.end;
      others[0]!.drafts.push(newDraft(c.articleIndex, c.text.slice(start, end), start, end, found.stance, 'lexicon', 'apposition', found.key));
    }
  }
}

interface Found {
  first: number;
  last: number;
  /** The relation's key ("rival"); `key` adds the outlet's modifiers ("secular rival"). */
  relation: string;
  key: string;
  stance: LabelDraft['stance'];
}

/** A relational epithet at `k` with no name right after it: possessive, modifiers, relation (or a possessed relation). */
function relationAt(c: CaseText, k: number, taken: ReadonlySet<number>, words: RelationalWords): Found | null {
  const { tokens, data, lang } = c;
  let j = k;
  if (words.possessives.size) {
    if (!words.possessives.has(tokens[k]!.key)) return null;
    j = k + 1;
  }
  let head: ReturnType<typeof data.labels.match> = null;
  for (let n = 0; n <= MAX_MODIFIERS && j < tokens.length; n++, j++) {
    const t = tokens[j]!;
    if (taken.has(j) || (j > k && t.breakBefore)) return null;
    const m = data.labels.match(tokens, j);
    if (m && words.keys.has(m.value.key) && (m.value.form === 'title' || m.value.form === 'apposition')) {
      head = m;
      break;
    }
    // Before the relation only plain words, where a possessive word opens it ("his secular", not "his party's").
    if (!words.possessives.size || t.capitalised || t.possessive || isStopword(t.key, lang) || data.notModifier(t.key)) return null;
  }
  if (!head) return null;
  let last = j + head.length - 1;
  // Where adjectives follow, the definite adjectives after it are the epithet's («منافسه العلماني»).
  for (let n = 0; data.adjectivesFollow && n < MAX_MODIFIERS; n++) {
    const t = tokens[last + 1];
    if (!t || t.breakBefore || taken.has(last + 1) || !hasArticle(t.key, data) || !data.isAdjective(t.key)) break;
    last++;
  }
  // A name right after it: a title of that name, read with the name ("his rival X"); so is one after a
  // comma ("his challenger, X": an apposition before the name).
  const after = tokens[last + 1];
  if (after && (!after.breakBefore || after.commaBefore) && (taken.has(last + 1) || after.capitalised)) return null;
  // The modifiers are the outlet's own ("secular"): part of the key, so it stands beside a bare "rival".
  const modifiers: string[] = [];
  for (let i = k; i <= last; i++) if ((i < j || i >= j + head.length) && !words.possessives.has(tokens[i]!.key)) modifiers.push(stemToken(tokens[i]!.key, lang));
  return { first: words.possessives.size ? k : j, last, relation: head.value.key, key: [...modifiers, head.value.key].join(' '), stance: head.value.stance };
}
