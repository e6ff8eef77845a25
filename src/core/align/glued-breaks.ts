/**
 * Clause breaks glued on a word: a language that writes its "and" / "so" joined to the next word (Arabic
 * «و» / «ف») chains clauses with it before a verb, where no break word stands apart. A word that is such
 * a conjunction glued on a verb form opens a clause (lang/<code>/clause-verbs.json; the verb forms are the
 * predicates' event verbs and the verb-only lemmas of verbs.json, conjugated by the data's affixes).
 */
import arClauseVerbs from '../lang/ar/clause-verbs.json' with { type: 'json' };
import arVerbs from '../lang/ar/verbs.json' with { type: 'json' };
import type { LanguageCode } from '../types.ts';
import { wordMemo } from '../util/word-memo.ts';
import { isEventVerbForm } from './predicates.ts';

interface ClauseVerbFile {
  language: LanguageCode;
  conjunctions: string[];
  pastEndings: string[];
  presentPrefixes: string[];
  presentEndings: string[];
  dropLeading: string;
  minStem: number;
}

const FILES: readonly { spec: ClauseVerbFile; lemmas: string }[] = [{ spec: arClauseVerbs, lemmas: arVerbs.only }];

interface GluedBreaks {
  spec: ClauseVerbFile;
  forms: ReadonlySet<string>;
}
const built = new Map<LanguageCode, GluedBreaks | null>();

function gluedOf(lang: LanguageCode): GluedBreaks | null {
  let known = built.get(lang);
  if (known === undefined) {
    const file = FILES.find((f) => f.spec.language === lang);
    known = file ? { spec: file.spec, forms: verbForms(file.spec, file.lemmas) } : null;
    built.set(lang, known);
  }
  return known;
}

/** Every past and present form of the listed lemmas the data's affixes make. */
function verbForms(spec: ClauseVerbFile, lemmas: string): Set<string> {
  const forms = new Set<string>();
  for (const lemma of lemmas.split(' ')) {
    if (lemma.length < spec.minStem) continue;
    for (const end of spec.pastEndings) forms.add(lemma + end);
    const base = spec.dropLeading && lemma.startsWith(spec.dropLeading) ? lemma.slice(spec.dropLeading.length) : lemma;
    for (const prefix of spec.presentPrefixes) for (const end of spec.presentEndings) forms.add(prefix + base + end);
  }
  return forms;
}

/**
 * Whether a folded word is a glued conjunction on a verb form, opening a clause of its own (never in a
 * language without such data).
 * @example opensGluedClause('en', 'and') // false
 */
export function opensGluedClause(lang: LanguageCode, norm: string): boolean {
  return gluedMemo(lang, norm);
}

const gluedMemo = wordMemo((norm: string, lang: string): boolean => {
  const glued = gluedOf(lang as LanguageCode);
  if (!glued) return false;
  for (const c of glued.spec.conjunctions) {
    if (!norm.startsWith(c) || norm.length < c.length + glued.spec.minStem) continue;
    const rest = norm.slice(c.length);
    if (glued.forms.has(rest) || isEventVerbForm(lang as LanguageCode, rest)) return true;
  }
  return false;
}, 100_000);

/** Whether a language has glued clause breaks at all (a cheap gate for callers). */
export function hasGluedBreaks(lang: LanguageCode): boolean {
  return gluedOf(lang) !== null;
}
