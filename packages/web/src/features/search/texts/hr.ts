/**
 * Search across records in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the
 * rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  search: {
    label: 'Pretraživanje osoba, telefona, dokumenata i registracija',
    placeholder: 'Ime na bilo kojem pismu, telefon, broj dokumenta ili registracija',
    title: 'Pretraživanje',
    reasons: {
      plate: 'registracija',
    },
  },
};
