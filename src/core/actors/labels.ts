/**
 * The labels around one mention: the head noun chosen, titles and adjectives before the name,
 * adjectives, appositions and relative clauses after it; lexicon entries first, and otherwise
 * modifiers worth surfacing ("discovered") when outlets differ.
 */
import { isStopword, stemToken } from '../align/terms.ts';
import type { LabelStance } from '../types.ts';
import type { ActorCandidate, CaseText } from './discover.ts';
import type { LabelEntry } from './lexicon.ts';
import type { Mention } from './mentions.ts';

export interface LabelDraft {
  article: number;
  text: string;
  start: number;
  end: number;
  stance: LabelStance;
  origin: 'lexicon' | 'discovered' | 'user';
  form?: 'title' | 'adjective' | 'apposition' | 'relative-clause' | 'head-noun';
  key: string;
}

/** Words scanned before and after a mention. */
const BEFORE = 4;
const AFTER = 6;

/**
 * Label drafts of a mention. `occupied`: token indexes inside any mention of the article (a label
 * never reaches across another actor's name).
 * @example labelsOfMention(text, mention, occupied, candidate, aliasWords)
 */
export function labelsOfMention(
  c: CaseText,
  m: Mention,
  occupied: ReadonlySet<number>,
  candidate: ActorCandidate,
  aliasWords: ReadonlySet<string>,
): LabelDraft[] {
  const { tokens, data, lang } = c;
  const out: LabelDraft[] = [];
  const span = (first: number, last: number): { text: string; start: number; end: number } => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { text: c.text.slice(start, end), start, end };
  };
  const fromEntry = (entry: LabelEntry, first: number, last: number, form: LabelDraft['form'] | undefined): void => {
    if (entry.actors && !entry.actors.some((a) => candidate.aliases.some((w) => w.join(' ').includes(a)))) return;
    const d: LabelDraft = { article: c.articleIndex, ...span(first, last), stance: entry.stance, origin: entry.origin, key: entry.key };
    const f = form ?? entry.form;
    if (f) d.form = f;
    out.push(d);
  };
  const discovered = (k: number, form: LabelDraft['form']): void => {
    const t = tokens[k]!;
    if (aliasWords.has(t.key) || isStopword(t.key, lang)) return;
    const d: LabelDraft = { article: c.articleIndex, ...span(k, k), stance: 'neutral', origin: 'discovered', key: stemToken(t.key, lang) };
    if (form) d.form = form;
    out.push(d);
  };

  // The head noun chosen for the actor ("الجيش …", "ميليشيات …", "the government").
  if (m.headFirst !== undefined && m.headLast !== undefined) {
    const head = data.labels.match(tokens, m.headFirst);
    if (head) fromEntry(head.value, m.headFirst, m.headFirst + head.length - 1, 'head-noun');
  }

  // Before: titles and (in languages that put them first) adjectives: "الجنرال الانقلابي X", "rogue general X".
  let k = m.first - 1;
  for (let steps = 0; k >= 0 && steps < BEFORE && !tokens[k + 1]!.breakBefore && !occupied.has(k); steps++) {
    const label = data.labels.matchEndingAt(tokens, k);
    if (label) {
      fromEntry(label.value, k - label.length + 1, k, label.value.form === 'title' ? 'title' : undefined);
      k -= label.length;
      continue;
    }
    const title = data.personTitles.matchEndingAt(tokens, k);
    if (title) {
      k -= title.length;
      continue;
    }
    const t = tokens[k]!;
    if (lang === 'ar' ? t.key.startsWith('ال') && candidate.kind === 'person' : data.capitalisedNames && !t.capitalised && !isStopword(t.key, lang) && t.key.length > 2) {
      discovered(k, 'adjective');
      k--;
      continue;
    }
    break;
  }

  // After: adjectives (Arabic), an apposition after a comma, a relative clause.
  let mode: 'adjective' | 'apposition' | 'relative-clause' = 'adjective';
  let free = lang === 'ar' ? 2 : 0; // unlisted modifiers right after the name worth surfacing
  k = m.last + 1;
  for (let steps = 0; k < tokens.length && steps < AFTER && !occupied.has(k); steps++) {
    const t = tokens[k]!;
    if (t.breakBefore) {
      if (k === m.last + 1 && t.commaBefore) mode = 'apposition';
      else break;
    }
    const label = data.labels.match(tokens, k);
    if (label && !occupied.has(k + label.length - 1)) {
      fromEntry(label.value, k, k + label.length - 1, mode === 'adjective' ? undefined : mode === 'apposition' && label.value.form !== 'head-noun' ? 'apposition' : mode === 'relative-clause' ? 'relative-clause' : undefined);
      k += label.length;
      free = 0;
      continue;
    }
    if (data.relatives.has(t.key)) {
      mode = 'relative-clause';
      free = 0;
      k++;
      continue;
    }
    if (mode === 'adjective' && free > 0 && t.key.startsWith('ال') && !/^\d/u.test(t.key)) {
      discovered(k, 'adjective');
      free--;
      k++;
      continue;
    }
    if (mode === 'adjective') break;
    k++;
  }
  return out;
}
