/**
 * The interface's languages. Serbian Cyrillic is converted from Serbian Latin letter for letter, so the
 * two can never drift apart. The choice is remembered per user on the server and in this browser.
 */
import { type InterfaceLocale, serbianLatinToCyrillic } from '@veza/core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bs } from './locales/bs.ts';
import { cnr } from './locales/cnr.ts';
import { en, type Messages } from './locales/en.ts';
import { hr } from './locales/hr.ts';
import { mk } from './locales/mk.ts';
import { sq } from './locales/sq.ts';
import { srLatn } from './locales/sr-Latn.ts';

function mapStrings<T>(messages: T, convert: (text: string) => string): T {
  if (typeof messages === 'string') return convert(messages) as T;
  return Object.fromEntries(
    Object.entries(messages as object).map(([k, v]) => [k, mapStrings(v, convert)]),
  ) as T;
}

export const MESSAGES: Record<InterfaceLocale, Messages> = {
  en,
  sq,
  'sr-Latn': srLatn,
  'sr-Cyrl': mapStrings<Messages>(srLatn, serbianLatinToCyrillic),
  mk,
  bs,
  hr,
  cnr,
};

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<InterfaceLocale, string> = {
  en: 'English',
  sq: 'Shqip',
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  mk: 'Македонски',
  bs: 'Bosanski',
  hr: 'Hrvatski',
  cnr: 'Crnogorski',
};

/** Intl has no Montenegrin everywhere: it formats dates and names of languages as Serbian Latin. */
export function intlLocale(locale: string): string {
  return locale === 'cnr' ? 'sr-Latn-ME' : locale;
}

const STORAGE_KEY = 'veza.locale';

export function storedLocale(): InterfaceLocale | null {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return value && value in MESSAGES ? (value as InterfaceLocale) : null;
}

export async function setLocale(locale: InterfaceLocale) {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}

export function initI18n() {
  const locale = storedLocale() ?? 'en';
  document.documentElement.lang = locale;
  return i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries(MESSAGES).map(([code, messages]) => [code, { translation: messages }]),
    ),
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
