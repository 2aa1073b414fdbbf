/**
 * Search across records in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the
 * rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  search: {
    placeholder: 'Ime na bilo kojem pismu, telefon, broj dokumenta ili tablica',
  },
};
