/** Languages written right to left (primary subtags). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr']);

/**
 * The text direction to give content in a language; unknown languages let the browser decide.
 * Example: dirOf('ar') === 'rtl'; dirOf('und') === 'auto'
 */
export function dirOf(language: string | undefined): 'rtl' | 'ltr' | 'auto' {
  if (!language || language === 'und' || language === 'auto') return 'auto';
  return RTL.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
