import { createContext, useContext, type ReactNode } from 'react';
import ar from './ar.json';
import en from './en.json';

export type MessageKey = keyof typeof en;
export type Locale = 'en' | 'ar';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogs: Record<Locale, Record<string, string>> = { en, ar };

/** Whether the catalogues have a message under `key` (for keys built from data, such as diagnostic codes). */
export const hasMessage = (key: string): key is MessageKey => key in en;

/** Text direction of the interface language. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/** Unicode isolates: a number or a name keeps its own direction inside text of the other direction. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The one number style of an interface language (Arabic-Indic digits in the Arabic interface, everywhere). */
export const numberLocale = (locale: Locale): string => (locale === 'ar' ? 'ar-EG' : 'en');

/** Formats numbers for the interface language: tables, charts and the report use this and only this. */
export const formatNumber = (locale: Locale, value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(numberLocale(locale), options).format(value);

/**
 * A text's digits in the interface's digit style (a date as given, "2024-04-24", in the Arabic interface).
 * Example: localDigits('ar', '2024-04-24') === '٢٠٢٤-٠٤-٢٤'
 */
export function localDigits(locale: Locale, text: string): string {
  if (locale === 'en') return text;
  const digits = new Intl.NumberFormat(numberLocale(locale), { useGrouping: false });
  return text.replace(/[0-9]/g, (d) => digits.format(Number(d)));
}

/** A language's name in the interface language ("Arabic", "العربية"); the code itself when unknown. */
export function languageName(locale: Locale, code: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    return name ?? code;
  } catch {
    return code;
  }
}

/**
 * A translate function for one interface language; `{name}` placeholders are filled from `vars`. A
 * numeric `count` picks the plural form `key#one`, `key#two`, `key#few`… when the catalogue has it
 * (Intl.PluralRules). In the right-to-left interface numbers and names are isolated, so "الصف ١" next to
 * "٢ من ٥" cannot run together.
 * Example: createTranslator('en')('case.claimsFound', { count: 1 }) === '1 claim found'
 */
export function createTranslator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  const numbers = new Intl.NumberFormat(numberLocale(locale));
  const plurals = new Intl.PluralRules(numberLocale(locale));
  const rtl = directionOf(locale) === 'rtl';
  return (key, vars) => {
    const count = vars?.count;
    const plural = typeof count === 'number' ? `${key}#${plurals.select(count)}` : null;
    const template = (plural ? catalog[plural] : undefined) ?? catalog[key] ?? en[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      if (typeof value === 'number') return rtl ? isolate(numbers.format(value)) : numbers.format(value);
      // Names and reasons in another script keep their own direction inside a right-to-left sentence.
      return rtl ? isolate(value) : value;
    });
  };
}

const I18nContext = createContext<{ locale: Locale; t: Translate }>({ locale: 'en', t: createTranslator('en') });

/** Provides the interface language to presentational components (stories render them without it: English). */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <I18nContext value={{ locale, t: createTranslator(locale) }}>{children}</I18nContext>;
}

/** The translate function of the current interface language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
