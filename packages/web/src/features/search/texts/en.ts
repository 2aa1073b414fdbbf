/** Search across records: the English texts, the reference every other language matches key for key. */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  search: {
    label: 'Search people, phones, documents and plates',
    placeholder: 'A name in any script, a phone, a document number or a plate',
    title: 'Search',
    none: 'Nothing found.',
    reasons: {
      name: 'name',
      name_similar: 'similar name',
      birth_year: 'birth year',
      birth_year_close: 'birth year ±1',
      phone: 'phone',
      document: 'document',
      plate: 'plate',
    },
  },
};

export type Texts = Leaves<typeof en>;
