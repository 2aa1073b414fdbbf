/**
 * Search across records in Serbian, Latin script (from which Serbian Cyrillic is converted letter for
 * letter).
 */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  search: {
    label: 'Pretraga osoba, telefona, dokumenata i tablica',
    placeholder: 'Ime na bilo kom pismu, telefon, broj dokumenta ili tablica',
    title: 'Pretraga',
    none: 'Ništa nije pronađeno.',
    reasons: {
      name: 'ime',
      name_similar: 'slično ime',
      birth_year: 'godina rođenja',
      birth_year_close: 'godina rođenja ±1',
      phone: 'telefon',
      document: 'dokument',
      plate: 'tablica',
    },
  },
};
