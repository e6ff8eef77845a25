/**
 * Who a stated source is: the speaker's name (a person's without title or apposition), the wording
 * shown, and the key sources group by. The worker names every source of a result with it, so the
 * dashboard groups thousands of sources without cleaning each on the main thread.
 */
import { lexiconFor, lookupNoun } from '../attribute/lexicon.ts';
import { foldForMatch } from '../normalize/index.ts';
import { COMMAS } from '../lang/profiles.ts';
import type { AttributedSource, LanguageCode, SpeakerIdentity } from '../types.ts';

// A single quotation mark between two letters is an apostrophe ("country’s"), kept.
const QUOTES = /[«»“”„"‹›]|(?<!\p{L})[‘’]|[‘’](?!\p{L})/gu;
const APPOSITION = COMMAS;

/** The wording with quotation marks dropped and spaces collapsed; "للمتحدث" reads "المتحدث". */
export function cleanSourceText(text: string, language: LanguageCode): string {
  const clean = text.replace(QUOTES, '').replace(/\s+/gu, ' ').trim();
  // The language's article comes first in its data, then the spellings a preposition fuses with it
  // (ل + ال writes "لل"): the span cannot leave the preposition out, the name shown can.
  const lex = lexiconFor(language);
  const [article, ...fused] = lex?.articles ?? [];
  for (const form of fused) {
    if (!lex || !article || !clean.startsWith(form) || clean.length < form.length + 2) continue;
    const restored = `${article}${clean.slice(form.length)}`;
    if (lookupNoun(lex, [foldForMatch(restored.split(' ')[0]!)], 0)) return restored;
  }
  return clean;
}

/**
 * A person's name without title or apposition: "اللواء سامي الورفلي" → "سامي الورفلي",
 * "Mr. Smith" → "Smith", "John Kirby, a spokesman" → "John Kirby". Empty when only a title is given.
 * @example personName({ text: 'اللواء أحمد سالم', role: 'اللواء', kind: 'person', start: 0, end: 16 }, 'ar') // 'أحمد سالم'
 */
export function personName(source: Pick<AttributedSource, 'text' | 'role'>, language: LanguageCode): string {
  const lex = lexiconFor(language);
  const role = source.role ? foldForMatch(cleanSourceText(source.role, language)) : '';
  // "مدير التوجيه، العميد خالد سالم" / "John Kirby, a spokesman": of the comma-separated parts, the one
  // that is not the title is the name.
  const titleLike = (part: string): boolean => {
    const folded = foldForMatch(part);
    if (role && (folded === role || role.startsWith(folded))) return true;
    const first = folded.split(' ')[0] ?? '';
    const kind = lex ? lookupNoun(lex, [first], 0)?.entry.kind : undefined;
    return kind === 'person' || kind === 'generic' || (lex !== null && (lex.definiteMarkers.has(first) || lex.indefiniteMarkers.has(first)));
  };
  const parts = cleanSourceText(source.text, language)
    .split(APPOSITION)
    .map((p) => p.trim())
    .filter(Boolean);
  let name = parts.find((p) => !titleLike(p)) ?? parts[0] ?? '';
  const folded = foldForMatch(name);
  if (role && folded.startsWith(role + ' ')) name = name.slice(role.length).trim();
  else if (role && folded === role) return '';
  // Titles the lexicon knows as ranks ("Gen.", "اللواء", "Mrs.") before the name.
  if (lex) {
    let words = name.split(' ');
    while (words.length > 1 && lookupNoun(lex, [foldForMatch(words[0]!)], 0)?.entry.kind === 'rank') words = words.slice(1);
    name = words.join(' ');
  }
  return name;
}

/**
 * How a stated source is named and grouped.
 * @example speakerIdentity({ text: 'Mr. Smith', kind: 'person', start: 0, end: 9 }, 'en').key // 'person|smith'
 */
export function speakerIdentity(source: Pick<AttributedSource, 'text' | 'kind' | 'role' | 'affiliation'>, language: LanguageCode): SpeakerIdentity {
  const name = source.kind === 'person' ? personName(source, language) : '';
  const text = name || cleanSourceText(source.text, language);
  const stated = source.affiliation ?? (name && source.role ? cleanSourceText(source.role, language) : undefined);
  return { name, text, key: `${source.kind}|${foldForMatch(text)}`, ...(stated !== undefined ? { stated } : {}) };
}
