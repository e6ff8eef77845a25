import { createContext, useContext, type ReactNode } from 'react';
import ar from './ar.json';
import en from './en.json';

export type MessageKey = keyof typeof en;
export type Locale = 'en' | 'ar';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogs: Record<Locale, Record<string, string>> = { en, ar };

/** Text direction of the interface language. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/**
 * A translate function for one interface language; `{name}` placeholders are filled from `vars`.
 * Example: createTranslator('en')('rows.count', { count: 3 }) === '3 rows'
 */
export function createTranslator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  const numbers = new Intl.NumberFormat(locale === 'ar' ? 'ar-EG' : 'en');
  return (key, vars) => {
    const template = catalog[key] ?? en[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      if (typeof value === 'number') return numbers.format(value);
      // Names and reasons in another script keep their own direction inside a right-to-left sentence.
      return directionOf(locale) === 'rtl' ? `\u2068${value}\u2069` : value;
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
