/**
 * The labels around one mention: the head noun chosen, titles and adjectives before the name,
 * adjectives, appositions and relative clauses after it; lexicon entries first, and otherwise
 * modifiers worth surfacing ("discovered") when outlets differ.
 */
import { isStopword, stemToken } from '../align/terms.ts';
import type { LabelStance } from '../types.ts';
import type { ActorCandidate, CaseText } from './discover.ts';
import { hasArticle } from './lexicon.ts';
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
  const beforeStart = out.length;
  let titled = false;
  let k = m.first - 1;
  for (let steps = 0; k >= 0 && steps < BEFORE && !tokens[k + 1]!.breakBefore && !occupied.has(k); steps++) {
    const label = data.labels.matchEndingAt(tokens, k);
    const form = label?.value.form;
    // Before a name stand titles and adjectives; a head noun there governs something else ("قوات X").
    if (label && (form === 'adjective' || (form === 'title' && candidate.kind === 'person'))) {
      if (form === 'title') titled = true;
      fromEntry(label.value, k - label.length + 1, k, form);
      k -= label.length;
      continue;
    }
    const title = candidate.kind === 'person' ? data.personTitles.matchEndingAt(tokens, k) : null;
    if (title) {
      titled = true;
      k -= title.length;
      continue;
    }
    const t = tokens[k]!;
    // Unlisted words before a name: the article-bearing words of a title chain where adjectives follow
    // ("الجنرال الانقلابي X"), lower-case pre-modifiers where names are capitalised ("the rump X").
    const unlisted = data.adjectivesFollow
      ? hasArticle(t.key, data) && candidate.kind === 'person'
      : data.capitalisedNames && !t.capitalised && !t.possessive && !isStopword(t.key, lang) && t.key.length > 2 && !data.notModifier(t.key);
    if (unlisted && m.first - k <= 2) {
      discovered(k, 'adjective');
      k--;
      continue;
    }
    break;
  }
  // An unlisted word before a name is a modifier only inside a title chain ("الجنرال الانقلابي X") or a
  // noun phrase that starts there ("the Republican nominee X"); otherwise it ends whatever precedes
  // ("الوفد الأمريكي لحفتر", "he disparaged X").
  const opensPhrase = k < 0 || tokens[k + 1]!.breakBefore || tokens[k + 1]!.sentenceStart || data.determiners.has(tokens[k]!.key) || tokens[k]!.possessive;
  if (!titled && (data.adjectivesFollow || !opensPhrase)) {
    for (let d = out.length - 1; d >= beforeStart; d--) if (out[d]!.origin === 'discovered') out.splice(d, 1);
  }

  // After: adjectives (Arabic), an apposition after a comma, a relative clause.
  let mode: 'adjective' | 'apposition' | 'relative-clause' = 'adjective';
  let free = data.adjectivesFollow ? 2 : 0; // unlisted modifiers right after the name worth surfacing
  const beforeAfter = out.length;
  let clauseStart = -1;
  let clauseLabelled = false;
  k = m.last + 1;
  for (let steps = 0; k < tokens.length && steps < AFTER; steps++) {
    if (occupied.has(k)) {
      // "X، المشير Y" / "X المشير Y": the titles before the next name belong to it.
      if (mode === 'apposition') out.splice(beforeAfter);
      else for (let d = out.length - 1; d >= beforeAfter; d--) if (out[d]!.form === 'title') out.splice(d, 1);
      break;
    }
    const t = tokens[k]!;
    if (t.breakBefore) {
      if (k === m.last + 1 && t.commaBefore) mode = 'apposition';
      else break;
    }
    const label = data.labels.match(tokens, k);
    // Right after a name only adjectives are its labels; a noun there starts a genitive ("… لحكومة").
    const fits = label && (mode !== 'adjective' || label.value.form === undefined || label.value.form === 'adjective');
    if (label && fits && !occupied.has(k + label.length - 1)) {
      fromEntry(label.value, k, k + label.length - 1, mode === 'adjective' ? undefined : mode === 'apposition' && label.value.form !== 'head-noun' ? 'apposition' : mode === 'relative-clause' ? 'relative-clause' : undefined);
      if (mode === 'relative-clause') clauseLabelled = true;
      k += label.length;
      free = 0;
      continue;
    }
    if (data.relatives.has(t.key) && mode !== 'relative-clause') {
      mode = 'relative-clause';
      clauseStart = k + 1;
      free = 0;
      k++;
      continue;
    }
    if (mode === 'adjective' && free > 0 && hasArticle(t.key, data) && !t.clitic && data.isAdjective(t.key)) {
      discovered(k, 'adjective');
      free--;
      k++;
      continue;
    }
    if (mode === 'adjective') break;
    k++;
  }
  // A relative clause no lexicon entry covers is surfaced as it stands ("التي تدعمها تركيا").
  const clauseEnd = Math.min(k - 1, clauseStart + 3);
  if (mode === 'relative-clause' && !clauseLabelled && clauseStart >= 0 && clauseEnd >= clauseStart) {
    const key = tokens
      .slice(clauseStart, clauseEnd + 1)
      .filter((x) => !isStopword(x.key, lang))
      .map((x) => stemToken(x.key, lang))
      .join(' ');
    if (key) out.push({ article: c.articleIndex, ...span(clauseStart, clauseEnd), stance: 'neutral', origin: 'discovered', form: 'relative-clause', key });
  }
  return out;
}
