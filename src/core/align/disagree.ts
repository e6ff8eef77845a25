/**
 * Which claims of a row contradict the others: a negation one side lacks ("did not sign" / "signed"),
 * other figures for one counted thing ("16 dead" / "20 dead", "632 dead" / "820 قتيلا"; figures of
 * different things, "632 dead" / "329 injured", are no contradiction: quantities/counted.ts), or
 * predicates of opposite classes on one subject ("rose" / "fell"; lang/<code>/predicates.json
 * `opposites`). The row keeps them; they are listed in `Row.disagreeing` so Compare and the report can
 * mark them.
 */
import arExceptives from '../lang/ar/exceptives.json' with { type: 'json' };
import enExceptives from '../lang/en/exceptives.json' with { type: 'json' };
import { wordTokens } from '../normalize/index.ts';
import { countedFigures } from '../quantities/counted.ts';
import type { Claim, LanguageCode } from '../types.ts';
import { negationWords, oppositeClasses, predicateClasses } from './predicates.ts';
import { termsOfTokens } from './terms.ts';

/** What a claim asserts, for telling contradictions apart. */
export interface Polarity {
  negated: boolean;
  /** Figures other than years ("16", "58.4"). */
  figures: ReadonlySet<string>;
  /** Figures by what they count (quantities/counted.ts): `death` → {`n:632`}, folded across languages. */
  counts: ReadonlyMap<string, ReadonlySet<string>>;
  /** Predicate classes that have an opposite. */
  directions: ReadonlySet<number>;
}

const YEAR = /^(?:1[89]|20)\d\d$/u;

interface ExceptiveFile {
  language: LanguageCode;
  /** Folded words or phrases that restrict a negation before them ("not … except", "لا … إلا"). */
  exceptives: string[];
  /** Phrases that begin like an exceptive but mean "however" ("إلا أن"): no exception. */
  adversatives: string[];
}

/** Exceptives per language (lang/<code>/exceptives.json). */
const EXCEPTIVE_FILES: readonly ExceptiveFile[] = [arExceptives, enExceptives];

const exceptiveLists = new Map<LanguageCode, { exceptives: string[][]; adversatives: string[][] }>();

function exceptivesOf(lang: LanguageCode): { exceptives: string[][]; adversatives: string[][] } {
  let lists = exceptiveLists.get(lang);
  if (!lists) {
    const file = EXCEPTIVE_FILES.find((f) => f.language === lang);
    lists = { exceptives: (file?.exceptives ?? []).map((p) => p.split(' ')), adversatives: (file?.adversatives ?? []).map((p) => p.split(' ')) };
    exceptiveLists.set(lang, lists);
  }
  return lists;
}

const phraseAt = (norms: readonly string[], k: number, phrase: readonly string[]): boolean => phrase.every((word, n) => norms[k + n] === word);

/**
 * Whether a claim's folded words deny: a negation not restricted by an exceptive after it. "No one was
 * hurt except two guards" / "لم يبق إلا الجنود" assert something (as "only two guards were hurt" does).
 * @example isNegated(['no', 'one', 'was', 'hurt', 'except', 'two', 'guards'], 'en') // false
 */
export function isNegated(norms: readonly string[], lang: LanguageCode): boolean {
  const negation = negationWords(lang);
  const { exceptives, adversatives } = exceptivesOf(lang);
  let pending = false;
  for (let k = 0; k < norms.length; k++) {
    const norm = norms[k]!;
    if (negation.has(norm) || norm.endsWith("n't") || norm.endsWith('n’t')) pending = true;
    else if (pending && exceptives.some((p) => phraseAt(norms, k, p)) && !adversatives.some((p) => phraseAt(norms, k, p))) pending = false;
  }
  return pending;
}

/**
 * The polarity of a proposition's text.
 * @example polarityOf('The army did not seize the town', 'en').negated // true
 * @example polarityOf('No shop opened except the bakery', 'en').negated // false
 */
export function polarityOf(text: string, lang: LanguageCode): Polarity {
  // Tokenised once for the negation, the terms and the counted figures.
  const tokens = wordTokens(text, lang);
  const norms = tokens.map((t) => t.norm);
  const negated = isNegated(norms, lang);
  const figures = new Set<string>();
  const directions = new Set<number>();
  for (const term of termsOfTokens(tokens, lang)) {
    if (term.numeric) {
      if (!YEAR.test(term.stem)) figures.add(term.stem);
      continue;
    }
    for (const c of predicateClasses(term.stem)) if (oppositeClasses(c).length) directions.add(c);
  }
  return { negated, figures, counts: countedFigures(text, lang, norms, tokens), directions };
}

/**
 * Whether two claims of one row contradict each other (in what they assert, or in a figure).
 * @example contradicts(polarityOf('Prices rose 5%', 'en'), polarityOf('Prices fell 5%', 'en')) // true
 * @example contradicts(polarityOf('The quake killed 632 people', 'en'), polarityOf('أودى الزلزال بحياة 820 شخصا', 'ar')) // true
 */
export function contradicts(a: Polarity, b: Polarity): boolean {
  return contradictsInStance(a, b) || contradictsInFigures(a, b);
}

/** A negation one side lacks, or predicates of opposite classes. */
function contradictsInStance(a: Polarity, b: Polarity): boolean {
  if (a.negated !== b.negated) return true;
  if (!a.directions.size || !b.directions.size) return false;
  for (const c of a.directions) {
    if (b.directions.has(c)) continue;
    for (const o of oppositeClasses(c)) if (b.directions.has(o) && !a.directions.has(o)) return true;
  }
  return false;
}

/** Some thing both count (deaths, money, a date …) with no figure in common. */
function contradictsInFigures(a: Polarity, b: Polarity): boolean {
  for (const [thing, values] of a.counts) {
    const other = b.counts.get(thing);
    if (other && !sharesFigure(values, other)) return true;
  }
  return false;
}

/** Some figure of `a` is one of `b`'s, or its rounding ("73%" and "72.71%" are one figure, "75%" another). */
function sharesFigure(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (sharesAny(a, b)) return true;
  for (const x of a) for (const y of b) if (sameRounded(x, y)) return true;
  return false;
}

/** Two folded figures of one kind (`pct:72.71`, `pct:73`) where the coarser one is the finer one rounded. */
export function sameRounded(x: string, y: string): boolean {
  const colon = x.indexOf(':');
  if (colon < 0 || x.slice(0, colon + 1) !== y.slice(0, colon + 1) || (x[0] !== 'n' && x[0] !== 'p')) return false;
  const [u, v] = [x.slice(colon + 1), y.slice(colon + 1)];
  const places = (s: string): number => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
  const [fine, coarse] = places(u) >= places(v) ? [u, v] : [v, u];
  if (places(fine) === places(coarse)) return false;
  const scale = 10 ** places(coarse);
  return Math.round(Number(fine) * scale) / scale === Number(coarse);
}

function sharesAny<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Members compared per row (a row of hundreds is sampled: the cost stays linear in the case). */
export const MAX_COMPARED = 24;

// A claim's polarity is read again when its row is compared a second time (rows joined across
// languages): kept per claim object, for the text it was read from.
const polarityByClaim = new WeakMap<Claim, { text: string; language: LanguageCode; polarity: Polarity }>();

function polarityOfClaim(claim: Claim, text: string, language: LanguageCode): Polarity {
  const kept = polarityByClaim.get(claim);
  if (kept && kept.text === text && kept.language === language) return kept.polarity;
  const polarity = polarityOf(text, language);
  polarityByClaim.set(claim, { text, language, polarity });
  return polarity;
}

/**
 * The claims of a row that contradict its main version, `check` telling contradictions: the version most
 * members agree with (ties: the earliest claim's). With `sidesOnly`, only a claim that contradicts another
 * may stand as the main version: a claim that gives no toll agrees with every toll, and would hide "41
 * dead" against "57 dead" beside it.
 */
function againstMainVersion(polarities: readonly Polarity[], check: (a: Polarity, b: Polarity) => boolean, sidesOnly: boolean): Set<number> {
  const against = polarities.map((p, r) => polarities.map((q, k) => k !== r && check(p, q)));
  let reference = -1;
  let best = -1;
  for (let r = 0; r < polarities.length; r++) {
    if (sidesOnly && !against[r]!.includes(true)) continue;
    const agreeing = against[r]!.filter((x) => !x).length;
    if (agreeing > best) [best, reference] = [agreeing, r];
  }
  const out = new Set<number>();
  if (reference >= 0) against[reference]!.forEach((x, k) => x && out.add(k));
  return out;
}

/**
 * The claims of a row that contradict its main version: in what they assert (negation, opposite
 * predicates: against the version most members agree with), or in a figure (against the version most
 * members that give figures agree with). Empty when the row agrees.
 * @example disagreeingClaims([{ claim, text: claim.text, language: 'en' }, …]) // ['b:c2'] (the one that says "did not")
 */
export function disagreeingClaims(members: ReadonlyArray<{ claim: Claim; text: string; language: LanguageCode }>): string[] {
  const sample = members.slice(0, MAX_COMPARED);
  const polarities = sample.map((m) => polarityOfClaim(m.claim, m.text, m.language));
  const stance = againstMainVersion(polarities, contradictsInStance, false);
  const figures = againstMainVersion(polarities, contradictsInFigures, true);
  return sample.filter((_, k) => stance.has(k) || figures.has(k)).map((m) => m.claim.id);
}
