/**
 * Who a stated source is: the speaker's name (a person's without title or apposition), the wording
 * shown, and the key sources group by. The worker names every source of a result with it, so the
 * dashboard groups thousands of sources without cleaning each on the main thread.
 */
import { lexiconFor, lookupNoun, type Lexicon } from '../attribute/lexicon.ts';
import { foldForMatch } from '../normalize/index.ts';
import { COMMAS } from '../lang/profiles.ts';
import type { AttributedSource, LanguageCode, SpeakerIdentity } from '../types.ts';

// A single quotation mark between two letters is an apostrophe ("country’s"), kept.
const QUOTES = /[«»“”„"‹›]|(?<!\p{L})[‘’]|[‘’](?!\p{L})/gu;
const APPOSITION = COMMAS;

/** The wording with quotation marks dropped and spaces collapsed; "للمتحدث" reads "المتحدث". */
export function cleanSourceText(text: string, language: LanguageCode): string {
  const clean = text.replace(QUOTES, '').replace(/\s+/gu, ' ').trim();
  // The language's article comes first in its data, then the spellings a preposition fuses with it
  // (ل + ال writes "لل"): the span cannot leave the preposition out, the name shown can.
  const lex = lexiconFor(language);
  const [article, ...fused] = lex?.articles ?? [];
  for (const form of fused) {
    if (!lex || !article || !clean.startsWith(form) || clean.length < form.length + 2) continue;
    const restored = `${article}${clean.slice(form.length)}`;
    if (lookupNoun(lex, [foldForMatch(restored.split(' ')[0]!)], 0)) return restored;
  }
  return clean;
}

/**
 * A person's name without title or apposition: "اللواء سامي الورفلي" → "سامي الورفلي",
 * "Mr. Smith" → "Smith", "Jane Moore, a spokesman" → "Jane Moore". Empty when only a title is given.
 * @example personName({ text: 'اللواء أحمد سالم', role: 'اللواء', kind: 'person', start: 0, end: 16 }, 'ar') // 'أحمد سالم'
 */
export function personName(source: Pick<AttributedSource, 'text' | 'role'>, language: LanguageCode): string {
  const lex = lexiconFor(language);
  const role = source.role ? foldForMatch(cleanSourceText(source.role, language)) : '';
  // "مدير التوجيه، العميد خالد سالم" / "Jane Moore, a spokesman": of the comma-separated parts, the one
  // that is not the title is the name.
  const titleLike = (part: string): boolean => {
    const folded = foldForMatch(part);
    if (role && (folded === role || role.startsWith(folded))) return true;
    const first = folded.split(' ')[0] ?? '';
    const kind = lex ? lookupNoun(lex, [first], 0)?.entry.kind : undefined;
    return kind === 'person' || kind === 'generic' || (lex !== null && (lex.definiteMarkers.has(first) || lex.indefiniteMarkers.has(first)));
  };
  const parts = cleanSourceText(source.text, language)
    .split(APPOSITION)
    .map((p) => p.trim())
    .filter(Boolean);
  let name = parts.find((p) => !titleLike(p)) ?? parts[0] ?? '';
  const folded = foldForMatch(name);
  if (role && folded.startsWith(role + ' ')) name = name.slice(role.length).trim();
  else if (role && folded === role) return '';
  // Titles the lexicon knows as ranks ("Gen.", "اللواء", "Mrs.") before the name.
  if (lex) {
    let words = name.split(' ');
    while (words.length > 1 && lookupNoun(lex, [foldForMatch(words[0]!)], 0)?.entry.kind === 'rank') words = words.slice(1);
    name = words.join(' ');
  }
  return name;
}

/** Words of a cleaned source text with their folded forms (punctuation around a word dropped for lookups). */
function wordsOf(text: string): { written: string[]; folded: string[] } {
  const written = text.split(' ').filter(Boolean);
  return { written, folded: written.map((w) => foldForMatch(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))) };
}

/** Words a co-speaker's title may take before its noun ("his Egyptian counterpart"): at most this many. */
const MAX_BEFORE_TITLE = 3;

/**
 * Where a second speaker starts in a person source: a conjunction (standalone, or glued in a clitic
 * script: its proclitic conjunctions) then, within a few words, a title and a name — "A, and his counterpart B", «أ، ونظيره المصري ب».
 * The index of the conjunction's word, and of the first word of the second speaker's part; null when none.
 */
function coSpeakerSplit(folded: readonly string[], language: LanguageCode, from: number): { at: number; partFrom: number } | null {
  const lex = lexiconFor(language);
  if (!lex) return null;
  for (let k = Math.max(1, from); k < folded.length - 1; k++) {
    const w = folded[k]!;
    if (lex.nameConjunctions.has(w)) {
      if (titleSoon(folded, lex, k + 1)) return { at: k, partFrom: k + 1 };
      continue;
    }
    const rest = stripConjunction(w, lex);
    if (rest !== w && lookupNoun(lex, [rest, ...folded.slice(k + 1)], 0)?.entry.kind === 'person') return { at: k, partFrom: k };
  }
  return null;
}

/** A person noun (a title) within a few words from `k`. */
function titleSoon(folded: readonly string[], lex: Lexicon, k: number): boolean {
  for (let j = k; j < Math.min(folded.length, k + MAX_BEFORE_TITLE); j++) if (lookupNoun(lex, folded, j)?.entry.kind === 'person') return true;
  return false;
}

/**
 * The name and title of a co-speaker's part: the title runs to its last person noun, then (clitic
 * scripts) the relational adjectives after it («نظيره المصري»); the rest is the name. Null when no name follows.
 */
function coSpeakerOf(written: readonly string[], folded: readonly string[], language: LanguageCode, glued: boolean): { name: string; role: string } | null {
  const lex = lexiconFor(language);
  if (!lex) return null;
  const norms = glued ? [stripConjunction(folded[0]!, lex), ...folded.slice(1)] : [...folded];
  let nameFrom = -1;
  for (let j = 0; j < Math.min(norms.length, MAX_BEFORE_TITLE + 1); j++) {
    const m = lookupNoun(lex, norms, j);
    if (m?.entry.kind === 'person' || m?.entry.kind === 'rank') nameFrom = j + m.length;
  }
  if (nameFrom < 0) return null;
  const relational = (w: string): boolean => lex.articles.some((a) => w.startsWith(a)) && lex.nisbaEndings.some((e) => w.endsWith(e));
  while (lex.clitics && nameFrom < norms.length - 1 && relational(norms[nameFrom]!)) nameFrom++;
  const name = written.slice(nameFrom).join(' ').replace(/[^\p{L}\p{N}.]+$/gu, '');
  if (!name || nameFrom === norms.length) return null;
  // A cased script writes a name capitalised: "head of the council" names no one.
  if (!lex.clitics && !/^\p{Lu}/u.test(name)) return null;
  // The conjunction glued on the title's first word is no part of the title.
  const titleWords = written.slice(0, nameFrom);
  if (glued && titleWords.length > 0) titleWords[0] = titleWords[0]!.slice(titleWords[0]!.length - norms[0]!.length);
  return { name, role: titleWords.join(' ').replace(/[^\p{L}\p{N}.]+$/gu, '') };
}

/** A word without the conjunction a clitic script glues on it (the language's proclitics), else the word. */
function stripConjunction(word: string, lex: Lexicon): string {
  if (!lex.clitics) return word;
  for (const c of lex.conjunctions) if (word.startsWith(c) && word.length > c.length + 1) return word.slice(c.length);
  return word;
}

/**
 * The speakers a person source names after the first, each with the title given: a joint statement
 * ("Foreign Minister A and his Egyptian counterpart B said") is each one's, so the Sources view lists it
 * under every speaker. Persons with a title only; "Smith and Jones" stays one source.
 * @example coSpeakers({ text: 'Minister Ana Ruiz and her Chilean counterpart Luis Mena', kind: 'person' }, 'en')[0].name // 'Luis Mena'
 */
export function coSpeakers(source: Pick<AttributedSource, 'text' | 'kind' | 'role'>, language: LanguageCode): SpeakerIdentity[] {
  return jointStatement(source, language).others;
}

const FOUR_WORDS = /\S\s+\S+\s+\S+\s+\S/u;

/** A joint statement's speakers after the first, and the words (cleaned) naming the first. */
function jointStatement(source: Pick<AttributedSource, 'text' | 'kind' | 'role'>, language: LanguageCode): { firstText: string; others: SpeakerIdentity[] } {
  const none = { firstText: source.text, others: [] };
  // Two speakers take four words at least ("A and counterpart B"); most sources are shorter.
  if (source.kind !== 'person' || !FOUR_WORDS.test(source.text)) return none;
  const { written, folded } = wordsOf(cleanSourceText(source.text, language));
  // "X, political analyst and head of …", «قائد … ورئيس الأركان فلان»: a conjunction inside the first
  // speaker's title joins two titles of one person.
  const roleWords = new Set(source.role ? wordsOf(cleanSourceText(source.role, language)).folded : []);
  let split = coSpeakerSplit(folded, language, 1);
  while (split && roleWords.has(folded[split.at]!)) split = coSpeakerSplit(folded, language, split.at + 1);
  if (!split) return none;
  const firstText = written.slice(0, split.at).join(' ').replace(/[^\p{L}\p{N}.]+$/gu, '');
  const others: SpeakerIdentity[] = [];
  while (split) {
    const next = coSpeakerSplit(folded, language, split.partFrom + 1);
    const end = next ? next.at : written.length;
    const part = coSpeakerOf(written.slice(split.partFrom, end), folded.slice(split.partFrom, end), language, split.partFrom === split.at);
    if (part) others.push({ name: part.name, text: part.name, key: `person|${foldForMatch(part.name)}`, ...(part.role ? { stated: part.role } : {}) });
    split = next;
  }
  return others.length > 0 ? { firstText, others } : none;
}

/**
 * How a stated source is named and grouped.
 * @example speakerIdentity({ text: 'Mr. Smith', kind: 'person', start: 0, end: 9 }, 'en').key // 'person|smith'
 */
export function speakerIdentity(source: Pick<AttributedSource, 'text' | 'kind' | 'role' | 'affiliation'>, language: LanguageCode): SpeakerIdentity {
  const { firstText, others } = jointStatement(source, language);
  // With a second speaker, the first is named by the words before the conjunction.
  const first = others.length > 0 ? { ...source, text: firstText } : source;
  const name = first.kind === 'person' ? personName(first, language) : '';
  const text = name || cleanSourceText(first.text, language);
  const stated = first.affiliation ?? (name && first.role ? cleanSourceText(first.role, language) : undefined);
  return { name, text, key: `${first.kind}|${foldForMatch(text)}`, ...(stated !== undefined ? { stated } : {}), ...(others.length > 0 ? { others } : {}) };
}
