/** Languages: those the interface speaks, and those people in the directory speak (ISO 639-1 or 639-3). */
import { z } from 'zod';

export const INTERFACE_LOCALES = ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'mk', 'bs', 'hr', 'cnr'] as const;
export const InterfaceLocale = z.enum(INTERFACE_LOCALES);
export type InterfaceLocale = z.infer<typeof InterfaceLocale>;

/** Languages a contact point may speak: the region's, the neighbours', and those of people on the move. */
export const SPOKEN_LANGUAGES = [
  'sq',
  'sr',
  'mk',
  'bs',
  'hr',
  'cnr',
  'en',
  'de',
  'fr',
  'it',
  'el',
  'bg',
  'ro',
  'hu',
  'tr',
  'ru',
  'uk',
  'ar',
  'fa',
  'prs',
  'ps',
  'ur',
  'bn',
  'hi',
  'ku',
  'es',
] as const;
export const SpokenLanguage = z.enum(SPOKEN_LANGUAGES);
export type SpokenLanguage = z.infer<typeof SpokenLanguage>;
