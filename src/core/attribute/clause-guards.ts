/**
 * Guards on who can be a cue's subject and where a cue reports at all, from each language's
 * lang/<code>/clauses.json: a fronted time or place phrase never speaks, a cue inside a conditional
 * clause reports nothing, a feminine verb takes no masculine plural subject, and a verb's prepositional
 * object is no source.
 */
import { LANGUAGES } from '../lang/registry.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import { definite, lookupNoun, PhraseSet, type CueEntry, type Lexicon } from './lexicon.ts';
import type { WordRange } from './source.ts';
import { adjectiveLike, bare } from './subject.ts';
import type { SentenceView } from './view.ts';

interface RawClauses {
  frontedAdverbials: string[];
  conditionals: string[];
  feminineVerbLetters: { pastEndings: string[]; presentPrefixes: string[] };
  masculinePluralEndings: string[];
  prepositionalComplements: Record<string, string[]>;
  relativeGenders?: Record<string, 'm' | 'f'>;
  consideredAfterRelative?: string[];
  negatingNouns?: string[];
}

interface Clauses {
  frontedAdverbials: PhraseSet;
  conditionals: PhraseSet;
  feminineVerbs: { pastEndings: string[]; presentPrefixes: string[] };
  masculinePluralEndings: string[];
  /** Folded cue lemma → the joined preposition its object takes. */
  complementPreposition: Map<string, string>;
  /** Folded relative pronoun → the gender it marks. */
  relativeGender: Map<string, 'm' | 'f'>;
  /** Folded lemmas whose present after a relative may be the passive "is considered" (clauses.json). */
  consideredAfterRelative: Set<string>;
  /** Folded nouns that negate the indefinite word after them («غير عادلة»): a predicate, no name. */
  negatingNouns: Set<string>;
}

const compiled = new Map<LanguageCode, Clauses>();

function clausesOf(lang: LanguageCode): Clauses {
  let out = compiled.get(lang);
  if (out) return out;
  const raw = (LANGUAGES.find((l) => l.code === lang) as { clauses?: RawClauses } | undefined)?.clauses;
  const complementPreposition = new Map<string, string>();
  for (const [preposition, lemmas] of Object.entries(raw?.prepositionalComplements ?? {})) for (const lemma of lemmas) complementPreposition.set(foldForMatch(lemma), foldForMatch(preposition));
  out = {
    frontedAdverbials: new PhraseSet(raw?.frontedAdverbials ?? []),
    conditionals: new PhraseSet(raw?.conditionals ?? []),
    feminineVerbs: { pastEndings: (raw?.feminineVerbLetters.pastEndings ?? []).map((e) => foldForMatch(e)), presentPrefixes: (raw?.feminineVerbLetters.presentPrefixes ?? []).map((e) => foldForMatch(e)) },
    masculinePluralEndings: (raw?.masculinePluralEndings ?? []).map((e) => foldForMatch(e)),
    complementPreposition,
    relativeGender: new Map(Object.entries(raw?.relativeGenders ?? {}).map(([w, g]) => [foldForMatch(w), g])),
    consideredAfterRelative: new Set((raw?.consideredAfterRelative ?? []).map((w) => foldForMatch(w))),
    negatingNouns: new Set((raw?.negatingNouns ?? []).map((w) => foldForMatch(w))),
  };
  compiled.set(lang, out);
  return out;
}

/**
 * Words [from, to) are a fronted time or place phrase ("وفي وقت سابق", "Earlier"): scene, never a speaker.
 * @example frontedAdverbial(view, lex, { from: 0, to: 3 }) // "وفي وقت سابق، أعلن …" → true
 */
export function frontedAdverbial(view: SentenceView, lex: Lexicon, range: WordRange): boolean {
  if (range.to <= range.from) return false;
  const { frontedAdverbials } = clausesOf(lex.lang);
  // The phrase as written, then with its first word bare ("وفي وقت سابق" as "في وقت سابق"): read in place,
  // no copy of its words (a subject search before a cue asks this of most phrases it picks).
  const first = view.norms[range.from]!;
  const stripped = bare(lex, first);
  for (const head of stripped === first ? [first] : [first, stripped]) {
    if (frontedAdverbials.matchAt(view.norms, range.from, range.to, head) === range.to - range.from) return true;
    // "وعقب هذا الإعلان", "In the morning": a phrase opening with an adverbial preposition, no source noun in it.
    if (lex.adverbialPrepositions.has(head) && range.to - range.from > 1) {
      let noun = false;
      for (let k = range.from + 1; k < range.to && !noun; k++) noun = lookupNoun(lex, view.norms, k) !== null;
      if (!noun) return true;
    }
  }
  return false;
}

/**
 * The cue at word `at` sits in a conditional clause ("if parliament demands it", "إذا طالب …"): a
 * conditional word opens its clause, with no comma between it and the cue.
 * @example insideConditional(view, lex, 6) // "… must resign if the council demands it" → true
 */
export function insideConditional(view: SentenceView, lex: Lexicon, at: number): boolean {
  const conditionals = clausesOf(lex.lang).conditionals;
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    if (view.commaBefore(k + 1) || view.breakBefore(k + 1) || view.colonBefore(k + 1) || view.quoteClosesBefore(k + 1)) return false;
    if (conditionals.matchAt(view.norms, k, at) > 0 || conditionals.has(bare(lex, view.norms[k]!))) return true;
  }
  return false;
}

/**
 * A feminine cue form ("ودعت") and a masculine sound plural after it ("المواطنين") do not agree: the
 * noun is the verb's object. A noun the language lists as grammatically feminine ("مصادر") agrees.
 * @example disagreesInGender(view, lex, entry, { from: 1, to: 2 }) // "ودعت المواطنين إلى …" → true
 */
export function disagreesInGender(view: SentenceView, lex: Lexicon, entry: CueEntry, subject: WordRange): boolean {
  const clauses = clausesOf(lex.lang);
  if (subject.to <= subject.from || cueGender(lex, clauses, entry) !== 'f') return false;
  const head = bare(lex, view.norms[subject.from]!);
  if (lex.feminineNouns.has(head) || lex.articles.some((a) => head.startsWith(a) && lex.feminineNouns.has(head.slice(a.length)))) return false;
  // A single word: a longer phrase may be a name ("… المسلمين", a body's name) and is judged elsewhere.
  if (subject.to - subject.from > 2) return false;
  return clauses.masculinePluralEndings.some((e) => head.length > e.length + 2 && head.endsWith(e));
}

/** The gender a cue form agrees with: from the morphology, else from a feminine letter the lemma lacks ("دعت" of "دعا"). */
function cueGender(lex: Lexicon, clauses: Clauses, entry: CueEntry): 'm' | 'f' | undefined {
  if (entry.gender) return entry.gender;
  if (entry.form !== 'verb' || entry.words.length !== 1) return undefined;
  const word = bare(lex, entry.words[0]!);
  const lemma = foldForMatch(entry.lemma);
  if (clauses.feminineVerbs.pastEndings.some((e) => word.endsWith(e) && !lemma.endsWith(e) && word.length > e.length + 1)) return 'f';
  if (clauses.feminineVerbs.presentPrefixes.some((p) => word.startsWith(p) && !lemma.startsWith(p) && word.length > p.length + 2)) return 'f';
  return undefined;
}

/**
 * "يطالب برفع الحظر", "أمر بعقد اجتماع": the word right after a cue that takes its object with a joined
 * preposition, carrying it and followed by a noun, is that object.
 * @example prepositionalObject(view, lex, entry, 2) // "… يطالب برفع الأحكام" → true
 */
export function prepositionalObject(view: SentenceView, lex: Lexicon, entry: CueEntry, at: number): boolean {
  // A form carrying its object pronoun ("وصفتهم بـ…") is judged as before: the phrase describes that object.
  const preposition = entry.objectSuffix ? undefined : clausesOf(lex.lang).complementPreposition.get(foldForMatch(entry.lemma));
  if (!preposition || at + 1 >= view.length || view.commaBefore(at + 1)) return false;
  const word = view.norms[at]!;
  if (!word.startsWith(preposition) || word.length < preposition.length + 3 || lookupNoun(lex, view.norms, at) || lex.channelNouns.has(word)) return false;
  // A verbal noun heads a construct ("برفع الحظر"); a name starting with the same letter does not.
  const next = view.norms[at + 1]!;
  // "بمحاسبة المسؤولين": the construct's second noun may name people; only a title opening a name is none of it.
  const titled = lookupNoun(lex, view.norms, at + 1)?.entry.kind;
  return lex.articles.some((a) => next.startsWith(a) && next.length > a.length + 1) && !lex.timeWords.has(next) && !lex.relativePronouns.has(next) && titled !== 'person' && titled !== 'rank';
}

/**
 * «واعتبرته محاولة لخصخصة …», «واعتبرته خطوة نحو …», «واعتبرتها غير عادلة»: after a verb carrying its object
 * pronoun, a negated indefinite word or an indefinite word with a feminine ending that is no source noun, followed by a preposition, an adjective or its genitive
 * (no second name word), is the second object, what the object is taken for: the subject is the one before.
 * @example predicateAfterObjectPronoun(view, lex, entry, 1) // "واعتبرته محاولة لخصخصة القطاع" → true
 */
export function predicateAfterObjectPronoun(view: SentenceView, lex: Lexicon, entry: CueEntry, at: number): boolean {
  if (!entry.objectSuffix || at >= view.length || view.quoteAround(at) || view.quoteOpeningAt(at)) return false;
  const word = view.norms[at]!;
  // «واعتبرتها غير عادلة»: a negating noun and the indefinite word it negates («غير المسلمين» names a group).
  if (clausesOf(lex.lang).negatingNouns.has(word) && at + 1 < view.length && !definite(lex, view.norms[at + 1]!)) return true;
  // Folding writes ة as ه: the written word tells a feminine noun from one with a pronoun («بحلفائه»).
  const written = view.tokens[at]!.text;
  if (definite(lex, word) || hasGluedPreposition(lex, word) || lex.pronounSuffixes.some((suffix) => written.endsWith(suffix)) || lookupNoun(lex, view.norms, at)) return false;
  if (!lex.feminineEndings.some((e) => word.endsWith(e) && word.length > e.length + 2)) return false;
  const next = view.norms[at + 1];
  if (next === undefined || view.commaBefore(at + 1)) return true;
  return definite(lex, next) || lex.separatePrepositions.has(next) || hasGluedPreposition(lex, next) || adjectiveLike(lex, next);
}

/** «لخصخصة», «بتقديم»: a one-letter preposition (no conjunction) glued on a word of three letters or more. */
function hasGluedPreposition(lex: Lexicon, word: string): boolean {
  return lex.nounPrefixes.some((p) => p.length === 1 && !lex.conjunctions.includes(p) && word.startsWith(p) && word.length > 3);
}

/**
 * How the cue `entry` at word `at` agrees with a gender-marking relative pronoun right before it: 'agrees'
 * ("السفير الذي أكد"), 'disagrees' ("الصحيفة التي قال إنها …"), or null (no such relative, or no gender).
 * @example relativeAgreement(view, lex, entry, 3) // "والتقى الوزير السفير الذي أكد …" → 'agrees'
 */
export function relativeAgreement(view: SentenceView, lex: Lexicon, entry: CueEntry, at: number): 'agrees' | 'disagrees' | null {
  if (at < 1 || view.commaBefore(at)) return null;
  // «المزارعين الذين كانوا يطالبون بأكثر …»: a compound past's auxiliary may stand between the relative and the cue.
  if (at > 1 && lex.compoundPast.auxiliaries.has(view.norms[at - 1]!) && !view.commaBefore(at - 1)) at--;
  const clauses = clausesOf(lex.lang);
  const relative = clauses.relativeGender.get(bare(lex, view.norms[at - 1]!));
  // A verb form with no feminine mark is masculine.
  const cue = cueGender(lex, clauses, entry) ?? (entry.form === 'verb' ? 'm' : undefined);
  if (!relative || !cue) return null;
  return relative === cue ? 'agrees' : 'disagrees';
}

/**
 * «البابا الذي يعتبر أول بابا …», «الجسر الذي يعتبر الأطول»: a verb of considering right after a relative
 * pronoun, its predicate right after it (an indefinite word or an elative) and no إن/أن, reads as the
 * passive "is considered": the clause describes its antecedent, no one reports. «الذي اعتبر أن …» and a
 * definite object first («الذي اعتبر الخطوة تصعيدا») still report.
 * @example consideredAfterRelative(view, lex, entry, 5, 6) // "… الملعب الذي يعتبر الأكبر في البلاد" → true
 */
export function consideredAfterRelative(view: SentenceView, lex: Lexicon, entry: CueEntry, from: number, to: number): boolean {
  if (from === 0 || entry.objectSuffix || !clausesOf(lex.lang).consideredAfterRelative.has(foldForMatch(entry.lemma))) return false;
  if (!lex.relativePronouns.has(bare(lex, view.norms[from - 1]!))) return false;
  const next = view.norms[to];
  if (next === undefined || lex.complementizers.has(next) || view.colonBefore(to) || view.quoteOpeningAt(to) !== undefined) return false;
  return !definite(lex, next) || adjectiveLike(lex, next);
}
