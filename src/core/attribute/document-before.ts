/**
 * "وتم نشر مقطع فيديو يظهر عناصر الأمن وهم …", "وبث التلفزيون الرسمي لقطات أظهرت انهيار …": in a
 * verb–subject language a document noun with no article right before a verb cue is an indefinite noun
 * the verb describes ("footage that showed"). The footage shows; the words after the verb are what it
 * shows, never its subject. When the footage is the object of a clause whose subject is an outlet or a
 * body ("بث التلفزيون … لقطات"), that outlet presents it and is the source.
 */
import { definite, lookupNoun, type Lexicon } from './lexicon.ts';
import type { CueHit } from './cues.ts';
import { bare } from './subject.ts';
import type { WordRange } from './source.ts';
import type { SentenceView } from './view.ts';

/** Words a document phrase may have before the verb ("مقطع فيديو", "صور جديدة"). */
const DOCUMENT_WORDS = 3;
/** Words an outlet's name may have between the clause's verb and the document ("التلفزيون الكيني الرسمي"). */
const OUTLET_WORDS = 4;


/** Shortest noun left once the accusative alef is off ("صورا" → "صور"). */
const ACCUSATIVE_REST = 3;

/**
 * Word k is a document noun: 'plain', or 'accusative' as an indefinite object with its accusative alef
 * ("نشرت الوكالة صورا"), or null.
 * @example documentNounAt(view, lex, 2) // "ونشرت الوكالة صورا أظهرت …" → 'accusative'
 */
function documentNounAt(view: SentenceView, lex: Lexicon, k: number): 'plain' | 'accusative' | null {
  if (lookupNoun(lex, view.norms, k)?.entry.kind === 'document') return 'plain';
  const w = view.norms[k]!;
  const alef = lex.accusativeAlef;
  return alef !== '' && w.endsWith(alef) && w.length - alef.length >= ACCUSATIVE_REST && lookupNoun(lex, [w.slice(0, -alef.length)], 0)?.entry.kind === 'document' ? 'accusative' : null;
}

/**
 * The subject of a verb cue that describes the indefinite document right before it: the outlet that
 * presents the document, or the document phrase itself; null when no such document stands there.
 * @example documentBeforeCue(view, lex, hit) // "وبث التلفزيون الرسمي لقطات أظهرت …" → the range of "التلفزيون الرسمي"
 */
export function documentBeforeCue(view: SentenceView, lex: Lexicon, hit: CueHit): WordRange | null {
  // "معلومات نقلتها وسائل إعلام": a verb carrying an object pronoun has the noun before it as its object.
  if (!lex.clitics || hit.entry.form !== 'verb' || hit.entry.conjoined === true || hit.entry.objectSuffix || hit.from === 0 || view.commaBefore(hit.from)) return null;
  let doc = -1;
  let form: 'plain' | 'accusative' | null = null;
  for (let k = hit.from - 1; k >= Math.max(0, hit.from - DOCUMENT_WORDS); k--) {
    const w = view.norms[k]!;
    if (definite(lex, w) || view.quoteAround(k) || lex.relativePronouns.has(w)) break;
    const found = documentNounAt(view, lex, k);
    if (found) {
      doc = k;
      form = found;
    }
    if (view.commaBefore(k)) break;
  }
  // "ونشرت الهيئة بيانا قالت فيه": a resumptive after the verb makes the document where the words are, not who says them.
  if (lex.resumptivePronouns.has(view.norms[hit.to] ?? '')) return null;
  // The document is an object inside its clause ("نشر مقطع", "التلفزيون لقطات"), not a phrase set off by a
  // comma ("…، تقارير كثيرة تؤكد ذلك": a clause of its own).
  if (doc <= 0 || view.commaBefore(doc) || lex.complementizers.has(view.norms[doc - 1]!)) return null;
  // "الحكومة في بيان رسمي أعلنت أن …", "وفي تقرير جديد أكدت المنظمة …": a document after a preposition is
  // the channel of a subject before or after the verb.
  const before = bare(lex, view.norms[doc - 1]!);
  if (lex.separatePrepositions.has(before) || lex.adverbialPrepositions.has(before)) return null;
  // "ونشر المحافظ تغريدة قال فيها": a verb not agreeing with a feminine document has another subject.
  const feminine = lex.feminineEndings.some((e) => view.norms[doc]!.endsWith(e));
  if (feminine && (hit.entry.gender ?? 'm') !== 'f') return null;
  const documentPhrase = { from: doc, to: hit.from };
  // "بث التلفزيون الرسمي لقطات": definite words back to a bare verb opening the clause.
  let k = doc - 1;
  while (k >= 0 && doc - k <= OUTLET_WORDS && definite(lex, view.norms[k]!) && !view.commaBefore(k + 1)) k--;
  // A document only an accusative ending names is an object: without its outlet the verb keeps its own reading.
  const fallback = form === 'accusative' ? null : documentPhrase;
  if (k === doc - 1 || k < 0 || view.commaBefore(k + 1)) return fallback;
  const outletKind = lookupNoun(lex, view.norms, k + 1)?.entry.kind;
  const verbOpensClause = k === 0 || view.commaBefore(k) || view.breakBefore(k);
  const verbLike = !definite(lex, view.norms[k]!) && lookupNoun(lex, view.norms, k) === null;
  // "ونشر الوزير تقريرا أكد أن …": a person who publishes the document speaks through it, as a body does.
  return verbOpensClause && verbLike && (outletKind === 'media' || outletKind === 'organization' || outletKind === 'person') ? { from: k + 1, to: doc } : fallback;
}
