/**
 * Actors no name stands for: "protesters", "the police", "lawmakers", "the bill", «المتظاهرين»,
 * «الشرطة», «مشروع قانون». Outlets of one case name such a group or thing by a common noun and describe it
 * differently ("an unpopular finance bill" / "the controversial bill"; «المتظاهرين» / «المحتجين»), and
 * those differences are the labels a reader compares. The nouns are the language's data
 * (`commonActors` in lang/<code>/labels.json: kinds of actors any story may have, each with the
 * synonyms that make one actor), never a story's words.
 *
 * One pass over each article's tokens (a phrase matcher per language); a noun counts where it ends its
 * noun phrase ("police" in "police cordon" is a modifier) and stands inside no other actor's mention.
 * An actor is listed when `minArticles` articles name it and some outlet describes it: a modifier
 * (English, before the noun: "Kenyan police"; Arabic, after it: «الشرطة الكينية», «مشروع قانون المالية»)
 * or, where the case uses two of the noun's synonyms, the one each outlet chose.
 */
import { isStopword } from '../align/terms.ts';
import { foldForMatch, wordTokens } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';
import type { CaseText } from './discover.ts';
import { cliticLength, newDraft } from './labels.ts';
import type { LabelDraft } from './labels.ts';
import { caseForms, hasArticle, labelFile, PhraseMatcher } from './lexicon.ts';

interface CommonForm {
  key: string;
  /** The listed form this inflection comes from: the noun an outlet chose. */
  form: string;
  /** `lang:form`, made once with the matcher: the key of an actor's forms, read at every hit. */
  langForm: string;
  definite: boolean;
}

/** Words read as a modifier on either side of the noun. */
const MAX_MODIFIERS = 3;

const matchers = new Map<LanguageCode, PhraseMatcher<CommonForm> | null>();

/** The language's common-noun actors, with the glued article and its clitic forms and each case ending. */
function commonMatcher(lang: LanguageCode): PhraseMatcher<CommonForm> | null {
  if (matchers.has(lang)) return matchers.get(lang)!;
  const file = labelFile(lang);
  const entries = file?.actors?.commonActors ?? [];
  if (!entries.length) {
    matchers.set(lang, null);
    return null;
  }
  const m = new PhraseMatcher<CommonForm>();
  const article = foldForMatch(file?.actors?.article ?? '');
  const articled = (file?.actors?.articleForms ?? []).map(foldForMatch);
  const endings = file?.inflection?.caseEndings;
  for (const entry of entries) {
    for (const form of entry.forms) {
      const words = wordTokens(form, lang).map((t) => t.norm);
      if (!words.length) continue;
      const value: CommonForm = { key: entry.key, form: words.join(' '), langForm: `${lang}:${words.join(' ')}`, definite: entry.definite ?? false };
      const variants = new Set<string>([words.join(' ')]);
      if (article) {
        // The article on the phrase's last word ("مشروع القانون") or its only one, with each case ending.
        const last = words[words.length - 1]!;
        const bare = last.startsWith(article) ? last.slice(article.length) : last;
        for (const l of caseForms(bare, endings)) for (const a of entry.definite ? articled : ['', ...articled]) variants.add([...words.slice(0, -1), a + l].join(' '));
      }
      for (const v of variants) m.addWords(v.split(' '), value);
    }
  }
  matchers.set(lang, m);
  return m;
}

const headMatchers = new Map<LanguageCode, PhraseMatcher<true> | null>();

/**
 * Group nouns that make one actor with a kind after them in construct («أحزاب المعارضة», where adjectives
 * follow) or before it ("opposition parties"): `commonGroupHeads` of the language's data.
 */
function groupHeadMatcher(lang: LanguageCode): PhraseMatcher<true> | null {
  if (headMatchers.has(lang)) return headMatchers.get(lang)!;
  const heads = labelFile(lang)?.actors?.commonGroupHeads ?? [];
  let m: PhraseMatcher<true> | null = null;
  if (heads.length) {
    m = new PhraseMatcher<true>();
    for (const h of heads) m.add(h, lang, true);
  }
  headMatchers.set(lang, m);
  return m;
}

/**
 * A kind with its group noun: where adjectives follow, the group noun at `i` and a definite kind right
 * after it («أحزاب المعارضة»); else the kind at `i` and the group noun right after it ("opposition
 * parties"). The whole span and the form (group noun and kind), or null.
 */
function groupedKind(
  c: CaseText,
  i: number,
  single: { value: CommonForm; length: number } | null,
  matcher: PhraseMatcher<CommonForm>,
  heads: PhraseMatcher<true>,
): { value: CommonForm; first: number; last: number } | null {
  const { tokens, data } = c;
  if (data.adjectivesFollow) {
    const head = heads.match(tokens, i);
    if (!head || hasArticle(tokens[i]!.key, data)) return null;
    const at = i + head.length;
    if (at >= tokens.length || tokens[at]!.breakBefore || !hasArticle(tokens[at]!.key, data)) return null;
    const kind = matcher.match(tokens, at);
    if (!kind) return null;
    const words = tokens.slice(i, at).map((t) => t.key);
    const form = `${words.join(' ')} ${kind.value.form}`;
    return { value: { ...kind.value, form, langForm: `${c.lang}:${form}` }, first: i, last: at + kind.length - 1 };
  }
  const kind = single;
  if (!kind) return null;
  const at = i + kind.length;
  if (at >= tokens.length || tokens[at]!.breakBefore) return null;
  const head = heads.match(tokens, at);
  if (!head) return null;
  const words = tokens.slice(at, at + head.length).map((t) => t.key);
  const form = `${kind.value.form} ${words.join(' ')}`;
  return { value: { ...kind.value, form, langForm: `${c.lang}:${form}` }, first: i, last: at + head.length - 1 };
}

/** A common-noun actor of the case: its display name, the forms seen, where it is named and its label drafts. */
export interface CommonActor {
  name: string;
  others: string[];
  named: Set<number>;
  drafts: LabelDraft[];
  spans: { article: number; first: number; last: number }[];
}

/** What the case says of one common-noun actor while the articles are read. */
interface CommonEntry {
  forms: Map<string, Set<number>>;
  spellings: Map<string, number>;
  named: Set<number>;
  drafts: LabelDraft[];
  spans: CommonActor['spans'];
  /** Modifier words already drafted in article `seenArticle`. */
  seen: Set<string>;
  seenArticle: number;
}

/** The keys of words `from`..`to` outside the noun `first`..`last`, space-joined (no arrays per hit). */
function modifierWords(tokens: CaseText['tokens'], from: number, to: number, first: number, last: number): string {
  let out = '';
  for (let k = from; k <= to; k++) if (k < first || k > last) out = out ? `${out} ${tokens[k]!.key}` : tokens[k]!.key;
  return out;
}

/**
 * The case's actors named by a common noun of the language's data, with their label drafts; tokens in
 * `occupied` (other actors' mentions) are left to those actors.
 * @example commonNounActors(texts, occupied, 2)[0]?.name // "protesters"
 */
export function commonNounActors(texts: readonly CaseText[], occupied: readonly ReadonlySet<number>[], minArticles: number): CommonActor[] {
  const byKey = new Map<string, CommonEntry>();
  // Kinds some named actor already stands for (a named police force, the groups both scripts name).
  const held = new Set<string>();
  for (const c of texts) {
    const matcher = commonMatcher(c.lang);
    if (!matcher) continue;
    const heads = groupHeadMatcher(c.lang);
    const { tokens, data } = c;
    const taken = occupied[c.articleIndex]!;
    for (let i = 0; i < tokens.length; i++) {
      // One lookup per token; a group noun is looked for only before a kind's word (English) or where
      // none starts (Arabic: the group noun comes first).
      const single = matcher.match(tokens, i);
      const grouped = heads && (data.adjectivesFollow ? !single : single !== null) ? groupedKind(c, i, single, matcher, heads) : null;
      const hit = grouped ? { value: grouped.value, length: grouped.last - grouped.first + 1 } : single;
      if (!hit) continue;
      if (taken.has(i) || (grouped && taken.has(grouped.last))) {
        held.add(hit.value.key);
        continue;
      }
      const first = i;
      const last = i + hit.length - 1;
      i = last;
      if (!endsPhrase(c, first, last)) continue;
      if (hit.value.definite && !grouped && !isDefinite(c, first, last)) continue;
      const entry = byKey.get(hit.value.key) ?? byKey.set(hit.value.key, { forms: new Map(), spellings: new Map(), named: new Set(), drafts: [], spans: [], seen: new Set(), seenArticle: -1 }).get(hit.value.key)!;
      entry.named.add(c.articleIndex);
      entry.spans.push({ article: c.articleIndex, first, last });
      // A glued conjunction or preposition («والمتظاهرين») is no part of the noun.
      const nounStart = tokens[first]!.start + (cliticLength(c, first) || gluedBeforeArticle(tokens[first]!.key, c.lang));
      const spelling = c.text.slice(nounStart, tokens[last]!.end);
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
      const form = hit.value.langForm;
      const inForm = entry.forms.get(form) ?? entry.forms.set(form, new Set()).get(form)!;
      // The noun the outlet chose, once per article (kept only where the case uses two of its synonyms):
      // the first time this article is added to the form's articles.
      const firstInArticle = !inForm.has(c.articleIndex);
      inForm.add(c.articleIndex);
      if (firstInArticle) {
        const end = tokens[last]!.end;
        const d = newDraft(c.articleIndex, c.text.slice(nounStart, end), nounStart, end, 'neutral', 'discovered', 'head-noun', `noun: ${hit.value.form}`);
        d.chosenHead = true;
        entry.drafts.push(d);
      }
      const span = data.adjectivesFollow ? modifiersAfter(c, first, last, taken) : modifiersBefore(c, first, last, taken);
      if (!span) continue;
      const [from, to] = span;
      const words = modifierWords(tokens, from, to, first, last);
      // Modifiers seen in this article (texts come one per article, so the set starts again with each).
      if (entry.seenArticle !== c.articleIndex) {
        entry.seen.clear();
        entry.seenArticle = c.articleIndex;
      }
      if (entry.seen.has(words)) continue;
      entry.seen.add(words);
      const start = tokens[from]!.start + cliticLength(c, from);
      const end = tokens[to]!.end;
      const d = newDraft(c.articleIndex, c.text.slice(start, end), start, end, 'neutral', 'discovered', 'adjective', `common: ${words}`);
      d.preName = true;
      entry.drafts.push(d);
    }
  }
  const out: CommonActor[] = [];
  for (const [key, e] of byKey) {
    if (e.named.size < minArticles || held.has(key)) continue;
    // The chosen noun is a label only where outlets of one language differ in it.
    const langs = [...e.forms.keys()].map((f) => f.slice(0, f.indexOf(':')));
    const differ = new Set(langs.filter((l, n) => langs.indexOf(l) !== n));
    const drafts = e.drafts.filter((d) => !d.chosenHead || differ.has(texts[d.article]!.lang));
    if (!drafts.length) continue;
    const spellings = [...e.spellings].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    out.push({ name: spellings[0]!, others: spellings.slice(1).filter((s) => foldForMatch(s) !== foldForMatch(spellings[0]!)), named: e.named, drafts, spans: e.spans });
  }
  return out;
}

/**
 * A noun written definite: with the article (Arabic, the last word), or after a definite determiner or
 * a possessive and up to three plain words ("the opposition", "the main opposition", "X's government";
 * not "an opposition").
 */
export function isDefinite(c: CaseText, first: number, last: number): boolean {
  const { tokens, data } = c;
  if (data.article) return hasArticle(tokens[last]!.key, data);
  for (let k = first - 1; k >= 0 && first - k <= MAX_MODIFIERS + 1; k--) {
    const t = tokens[k]!;
    if (data.determiners.has(t.key)) return !data.indefinites.has(t.key);
    // "X's government".
    if (t.possessive) return t.capitalised;
    if (tokens[k + 1]!.breakBefore || isStopword(t.key, c.lang)) return false;
  }
  return false;
}

/**
 * Where names are capitalised and adjectives precede the noun, the noun ends its phrase when nothing
 * but punctuation, a function word or a verb's shape ("-ed", "-ing") follows: "police cordon" is a cordon.
 * Where adjectives follow (Arabic), a noun in construct before it makes it a genitive («مجلس النواب»).
 */
function endsPhrase(c: CaseText, first: number, last: number): boolean {
  const { tokens, data } = c;
  if (data.adjectivesFollow) {
    const before = tokens[first - 1];
    // «ضباط الشرطة», «مجلس النواب»: the genitive of an indefinite noun is that noun's complement; one
    // behind a glued preposition is a preposition's («لصالح مشروع قانون»).
    return !before || tokens[first]!.breakBefore || before.clitic || gluedPreposition(before.key, c.lang) || hasArticle(before.key, data) || isStopword(before.key, c.lang) || data.verb(before.key) !== undefined;
  }
  const next = tokens[last + 1];
  if (!next || next.breakBefore || isStopword(next.key, c.lang) || data.notModifier(next.key)) return !tokens[last]!.possessive;
  return false;
}

const prepositions = new Map<LanguageCode, string[]>();

/**
 * A word behind a glued preposition («لصالح», «بسبب»): the letters the language's article forms glue
 * before the article («بال», «لل»), on a word of three letters or more.
 */
function gluedPreposition(key: string, lang: LanguageCode): boolean {
  let list = prepositions.get(lang);
  if (!list) {
    const file = labelFile(lang);
    const article = foldForMatch(file?.actors?.article ?? '');
    list = article ? [...new Set((file?.actors?.articleForms ?? []).map(foldForMatch).map((f) => (f.endsWith(article) ? f.slice(0, -article.length) : f.slice(0, 1))).filter((p) => p.length > 0))] : [];
    prepositions.set(lang, list);
  }
  return list.some((p) => key.startsWith(p) && key.length - p.length >= 3);
}

/** Letters glued before the article of a word the tokens left whole («والمحتجين» → 1), else 0. */
function gluedBeforeArticle(key: string, lang: LanguageCode): number {
  const { article, forms } = articleFormsOf(lang);
  if (!article || key.startsWith(article)) return 0;
  let best = 0;
  for (const f of forms) if (f.endsWith(article) && key.startsWith(f) && f.length - article.length > best) best = f.length - article.length;
  return best;
}

const articleForms = new Map<LanguageCode, { article: string; forms: readonly string[] }>();

/** The language's article and its glued forms, folded once (gluedBeforeArticle runs at every common noun of the case). */
function articleFormsOf(lang: LanguageCode): { article: string; forms: readonly string[] } {
  let found = articleForms.get(lang);
  if (!found) {
    const file = labelFile(lang);
    found = { article: foldForMatch(file?.actors?.article ?? ''), forms: (file?.actors?.articleForms ?? []).map(foldForMatch) };
    // (A language not registered yet is asked again later.)
    if (file) articleForms.set(lang, found);
  }
  return found;
}

/** "an unpopular finance bill", "Kenyan police": up to three plain words between a determiner (or a break) and the noun. */
function modifiersBefore(c: CaseText, first: number, last: number, taken: ReadonlySet<number>): [number, number] | null {
  const { tokens, data } = c;
  let from = first;
  while (from > 0 && first - from < MAX_MODIFIERS && !tokens[from]!.breakBefore) {
    const t = tokens[from - 1]!;
    // A name is no modifier, but for a country's adjective right before the noun ("Kenyan police").
    const name = taken.has(from - 1) && !(from === first && t.capitalised && !t.sentenceStart && !taken.has(from - 2));
    if (name || t.possessive || data.determiners.has(t.key) || isStopword(t.key, c.lang) || data.notModifier(t.key) || /^\d/u.test(t.key)) break;
    // A capitalised word opening a sentence is grammar, not a modifier.
    if (t.capitalised && t.sentenceStart) break;
    from--;
  }
  // "to support police": after the infinitive marker the first word is a verb.
  if (from < first && from > 0 && data.verbMarkers.has(tokens[from - 1]!.key) && !tokens[from]!.breakBefore) from++;
  // "X's government": whose it is, a named actor's possessive (a name: capitalised), belongs to how the
  // outlet calls it.
  if (from > 0 && !tokens[from]!.breakBefore && tokens[from - 1]!.possessive && tokens[from - 1]!.capitalised && taken.has(from - 1)) {
    from--;
    while (from > 0 && first - from < MAX_MODIFIERS + 2 && !tokens[from]!.breakBefore && taken.has(from - 1)) from--;
  }
  return from < first ? [from, last] : null;
}

/**
 * «الشرطة الكينية»: definite adjectives after a definite noun; «مشروع قانون المالية»: the definite
 * genitive of an indefinite one; «مشروع قانون يقضي بزيادات …»: the clause an indefinite noun takes
 * (a present verb and up to three words, to the next punctuation).
 */
function modifiersAfter(c: CaseText, first: number, last: number, taken: ReadonlySet<number>): [number, number] | null {
  const { tokens, data } = c;
  const free = (k: number): boolean => k < tokens.length && !taken.has(k) && !tokens[k]!.breakBefore;
  const head = tokens[last]!;
  let to = last;
  if (hasArticle(head.key, data) && !head.clitic) {
    // Relational adjectives only: «الشرطة القوة» is a noun after it, not a description.
    while (to - last < MAX_MODIFIERS - 1 && free(to + 1) && hasArticle(tokens[to + 1]!.key, data) && data.isNisba(tokens[to + 1]!.key)) to++;
  } else if (!hasArticle(head.key, data) && free(last + 1)) {
    const next = tokens[last + 1]!.key;
    if (hasArticle(next, data) && !isStopword(next, c.lang)) to = last + 1;
    else if (data.isPresentVerb(next) && data.verb(next) !== undefined) {
      to = last + 1;
      while (to - last < MAX_MODIFIERS + 1 && free(to + 1)) to++;
    }
  }
  return to > last ? [first, to] : null;
}
