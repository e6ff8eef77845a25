// Everything Parallax knows of this language, as one bundle: registered in src/core/lang/registry.ts.
import handAttribution from './attribution.json' with { type: 'json' };
import clauses from './clauses.json' with { type: 'json' };
import cueCandidates from './cue-candidates.json' with { type: 'json' };
import entities from './entities.json' with { type: 'json' };
import furniture from './furniture.json' with { type: 'json' };
import labels from './labels.json' with { type: 'json' };
import language from './language.json' with { type: 'json' };
import numbers from './numbers.json' with { type: 'json' };
import personNouns from './person-nouns.json' with { type: 'json' };
import spelling from './spelling.json' with { type: 'json' };
import stopwords from './stopwords.json' with { type: 'json' };
import titles from './titles.json' with { type: 'json' };
import verbs from './verbs.json' with { type: 'json' };
import { procliticList } from './morphology.ts';
import { figureWords } from '../figureWords.ts';

// The proclitics each stage reads are derived from morphology.json, where the letters are spelled once.
// Verbs of saying from Arabic WordNet (scripts/lexical/build-cue-candidates.ts), cues only in a strong frame.
const attribution = {
  ...handAttribution,
  // Casualty nouns (numbers.json, what a figure counts) name an event a verb tells: «أعلنت الحكومة وفاة …».
  grammar: { ...handAttribution.grammar, namePrefixes: procliticList('nameJoiners'), eventObjectNouns: [...numbers.counted.death, ...numbers.counted.injury] },
  morphology: { ...handAttribution.morphology, conjunctions: procliticList('gluedConjunctions'), nounPrefixes: procliticList('nounPrefixes') },
  candidateCues: { communication: cueCandidates.communication },
};

// predicates.json is read by align/predicates.ts itself (kept out of the main thread's bundle).
export default {
  code: 'ar',
  attribution,
  clauses,
  entities: { ...entities, proclitics: procliticList('nameProclitics'), dictionaryForms: { ...entities.dictionaryForms, clitics: procliticList('dictionaryClitics') } },
  furniture,
  // Arabic WordNet's verb lemmas (scripts/lexical/build-verbs.ts): a label is no clause opened by a finite verb.
  // Nouns for kinds of persons from Arabic WordNet through the ILI (scripts/lexical/build-person-nouns.ts).
  labels: { ...labels, verbs: { only: verbs.only, also: verbs.also }, personNouns: personNouns.words },
  language,
  numbers: { ...numbers, clitics: procliticList('numberClitics') },
  // Number words are listed once, in numbers.json; alignment's figure words (spelling.numbers) come from them.
  // Scales and the connector fold a compound («ثلاثة آلاف», «مئتان وخمسون») to one figure (align/terms.ts).
  spelling: { ...spelling, numbers: figureWords(numbers.units), numberScales: numbers.scales, numberUnits: { ...numbers.units, ...spelling.compoundUnits }, numberConnectors: numbers.connectors },
  stopwords: { ...stopwords, gluedConjunctions: procliticList('gluedConjunctions') },
  titles,
} as const;

