// Everything Parallax knows of this language, as one bundle: registered in src/core/lang/registry.ts.
import adjectives from './adjectives.json' with { type: 'json' };
import handAttribution from './attribution.json' with { type: 'json' };
import clauses from './clauses.json' with { type: 'json' };
import cueCandidates from './cue-candidates.json' with { type: 'json' };
import entities from './entities.json' with { type: 'json' };
import furniture from './furniture.json' with { type: 'json' };
import inflections from './inflections.json' with { type: 'json' };
import labels from './labels.json' with { type: 'json' };
import language from './language.json' with { type: 'json' };
import numbers from './numbers.json' with { type: 'json' };
import personNouns from './person-nouns.json' with { type: 'json' };
import spelling from './spelling.json' with { type: 'json' };
import stopwords from './stopwords.json' with { type: 'json' };
import titles from './titles.json' with { type: 'json' };
import { figureWords } from '../figureWords.ts';

// Verbs of saying, belief and stance from WordNet (scripts/lexical/build-cue-candidates.ts), cues only in a
// strong frame (stance verbs also with a personal subject and a noun object).
// Irregular pasts and participles (scripts/lexical/build-inflections.ts) show a host clause's verb where no
// "-ed" does ("The mayor went on to say …").
const attribution = { ...handAttribution, irregularPasts: inflections.pasts, candidateCues: { stance: cueCandidates.stance, communication: cueCandidates.communication, cognition: cueCandidates.cognition } };

// predicates.json is read by align/predicates.ts itself (kept out of the main thread's bundle).
// Number words are listed once, in numbers.json; alignment's figure words (spelling.numbers) come from them.
export default {
  code: 'en',
  attribution,
  clauses,
  entities,
  furniture,
  // Nouns for kinds of persons from WordNet (scripts/lexical/build-person-nouns.ts): predicate nouns; irregular
  // pasts (the list attribution reads too): finite verbs after "X,"; adjectives that are no verb
  // (scripts/lexical/build-adjectives.ts): what a place is said to be before its name.
  labels: { ...labels, personNouns: personNouns.words, pastForms: inflections.pasts, adjectives: adjectives.words },
  language,
  numbers,
  // Irregular verb forms from WordNet and compromise (scripts/lexical/build-inflections.ts); the hand list goes first.
  spelling: { ...spelling, forms: { ...inflections.forms, ...spelling.forms }, numbers: figureWords(numbers.units) },
  stopwords,
  titles,
} as const;

