/**
 * What generic name and word matching needs to know of a language written in a non-Latin script, read
 * from its lang/<code>/entities.json: how its letters transliterate, its article (alone and glued to a
 * conjunction or preposition), name particles glued to the article, the endings of plurals and
 * demonyms, and one-letter proclitics. Code reads these tables; it holds no words of any language.
 */
import { LANGUAGES } from '../lang/registry.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

interface TransliterationFile {
  script: string;
  letters: Record<string, string>;
  letterPairs?: Record<string, string>;
  articles: string[];
  articlePrefixes: string[];
  particlesBeforeArticle: string[];
  constructEnding?: [string, string];
  latinWrittenAsVowel?: string[];
}

interface ScriptFile {
  transliteration?: TransliterationFile;
  proclitics?: string[];
  pluralEndings?: string[];
  nameEndings?: string[];
  relationalEndings?: string[];
  countryAdjectives?: string[][];
}

/** One language's script data, compiled. */
export interface ScriptData {
  language: LanguageCode;
  /** Whether a word is written in this script. */
  inScript: RegExp;
  /** Consonant letter (folded) → Latin consonant; letters not listed drop. */
  letters: ReadonlyMap<string, string>;
  /** Two letters the script writes for one foreign consonant (folded) → the one letter also written for it. */
  letterPairs: ReadonlyMap<string, string>;
  /** The article written alone. */
  articles: readonly string[];
  /** The article at a word's start, alone or behind a glued proclitic, with two letters after it. */
  articlePrefix: RegExp;
  /** Name particles written glued to the next word's article. */
  particlesBeforeArticle: readonly string[];
  /** A word-final letter (folded) read as a Latin consonant when the word heads a construct, if any. */
  constructEnding?: readonly [string, string];
  /** Latin letters the script may write with a long-vowel letter (a skeleton without them matches too). */
  latinWrittenAsVowel: readonly string[];
  /** Plural, feminine and relational endings of a one-word group name, longest first. */
  pluralEndings: readonly string[];
  /** Plural endings of a people's name. */
  nameEndings: readonly string[];
  /** Endings of a relational (nisba) adjective, folded, longest first. */
  relationalEndings: readonly string[];
  /** Adjective ending → the country name's ending it stands for. */
  countryAdjectives: readonly (readonly [string, string])[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const byLength = (list: readonly string[]): string[] => [...list].map(foldForMatch).sort((a, b) => b.length - a.length);

const SCRIPTS: readonly ScriptData[] = LANGUAGES.flatMap((bundle) => {
  const file = bundle.entities as ScriptFile;
  const t = file.transliteration;
  if (!t) return [];
  return [
    {
      language: bundle.code,
      inScript: new RegExp(`\\p{Script=${t.script}}`, 'u'),
      letters: new Map(Object.entries(t.letters)),
      letterPairs: new Map(Object.entries(t.letterPairs ?? {}).map(([pair, latin]) => [foldForMatch(pair), latin])),
      articles: t.articles.map(foldForMatch),
      articlePrefix: new RegExp(`^(?:${byLength(t.articlePrefixes).map(escape).join('|')})(?=\\p{L}{2})`, 'u'),
      particlesBeforeArticle: t.particlesBeforeArticle.map(foldForMatch),
      ...(t.constructEnding ? { constructEnding: [foldForMatch(t.constructEnding[0]), t.constructEnding[1]] as const } : {}),
      latinWrittenAsVowel: t.latinWrittenAsVowel ?? [],
      pluralEndings: byLength(file.pluralEndings ?? []),
      nameEndings: byLength(file.nameEndings ?? []),
      relationalEndings: byLength(file.relationalEndings ?? []),
      countryAdjectives: (file.countryAdjectives ?? []).map(([from, to]) => [foldForMatch(from!), foldForMatch(to!)] as const),
    },
  ];
});

/**
 * The script data of the language a word is written in, or undefined for a Latin-script word.
 * @example scriptOf('القصرين')?.language // 'ar'
 */
export function scriptOf(word: string): ScriptData | undefined {
  for (const s of SCRIPTS) if (s.inScript.test(word)) return s;
  return undefined;
}

/**
 * The script data of a language, if it has a transliteration table.
 * @example scriptData('ar')?.articles // ['ال']
 */
export function scriptData(language: LanguageCode): ScriptData | undefined {
  return SCRIPTS.find((s) => s.language === language);
}

/** Every article written alone, in every script. */
export const STANDALONE_ARTICLES: ReadonlySet<string> = new Set(SCRIPTS.flatMap((s) => s.articles));

const PROCLITICS = new Map<LanguageCode, readonly string[]>(LANGUAGES.map((l) => [l.code, byLength((l.entities as ScriptFile).proclitics ?? [])]));

/**
 * The glued proclitics (conjunctions, prepositions) of a language, longest first; empty for most.
 * @example procliticsOf('ar').includes('و')
 */
export function procliticsOf(language: LanguageCode): readonly string[] {
  return PROCLITICS.get(language) ?? [];
}
