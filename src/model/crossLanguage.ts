/** Which claims Compare shows across languages (no core code here: the app loads it only when needed). */

/** The primary subtag of a language code. Example: primaryLanguage('en-GB') === 'en' */
export const primaryLanguage = (language: string): string => language.split('-')[0]!.toLowerCase();

/**
 * Whether a claim in `language` is compared with a reference in `referenceLanguage` by correspondence
 * rather than by a word diff: both languages known and different.
 * Example: isCrossLanguagePair('ar', 'en') === true; isCrossLanguagePair('en', 'en-GB') === false
 */
export function isCrossLanguagePair(referenceLanguage: string, language: string): boolean {
  const known = (l: string) => l !== '' && l !== 'und' && l !== 'auto';
  return known(referenceLanguage) && known(language) && primaryLanguage(referenceLanguage) !== primaryLanguage(language);
}
