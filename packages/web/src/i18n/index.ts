/**
 * The interface's languages, assembled from each feature's texts (see texts.ts for how they are
 * kept). The choice is remembered per user on the server and in this browser.
 */
import type { InterfaceLocale } from '@veza/core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { accountTexts } from '../features/account/texts/index.ts';
import { auditTexts } from '../features/audit/texts/index.ts';
import { authTexts } from '../features/auth/texts/index.ts';
import { casesTexts } from '../features/cases/texts/index.ts';
import { comingTexts } from '../features/coming/texts/index.ts';
import { directoryTexts } from '../features/directory/texts/index.ts';
import { hitsTexts } from '../features/hits/texts/index.ts';
import { importsTexts } from '../features/imports/texts/index.ts';
import { notificationsTexts } from '../features/notifications/texts/index.ts';
import { personsTexts } from '../features/persons/texts/index.ts';
import { protectionTexts } from '../features/protection/texts/index.ts';
import { requestsTexts } from '../features/requests/texts/index.ts';
import { screeningTexts } from '../features/screening/texts/index.ts';
import { searchTexts } from '../features/search/texts/index.ts';
import { usersTexts } from '../features/users/texts/index.ts';
import { sharedTexts } from './locales/index.ts';

/** Every feature's texts; each owns its top-level keys, and no two may share one (checked by a test). */
export const TEXTS = [
  sharedTexts,
  comingTexts,
  authTexts,
  directoryTexts,
  auditTexts,
  accountTexts,
  usersTexts,
  casesTexts,
  searchTexts,
  hitsTexts,
  requestsTexts,
  screeningTexts,
  notificationsTexts,
  personsTexts,
  importsTexts,
  protectionTexts,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
export type Messages = UnionToIntersection<(typeof TEXTS)[number]['en']>;

function messagesIn(locale: InterfaceLocale): Messages {
  return Object.assign({}, ...TEXTS.map((texts) => texts[locale])) as Messages;
}

export const MESSAGES: Record<InterfaceLocale, Messages> = {
  en: messagesIn('en'),
  sq: messagesIn('sq'),
  'sr-Latn': messagesIn('sr-Latn'),
  'sr-Cyrl': messagesIn('sr-Cyrl'),
  mk: messagesIn('mk'),
  bs: messagesIn('bs'),
  hr: messagesIn('hr'),
  cnr: messagesIn('cnr'),
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
