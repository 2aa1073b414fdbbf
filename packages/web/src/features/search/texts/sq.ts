/** Search across records in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  search: {
    label: 'Kërko persona, telefona, dokumente dhe targa',
    placeholder: 'Një emër në çdo alfabet, telefon, numër dokumenti ose targë',
    title: 'Kërkimi',
    none: 'Nuk u gjet asgjë.',
    reasons: {
      name: 'emri',
      name_similar: 'emër i ngjashëm',
      birth_year: 'viti i lindjes',
      birth_year_close: 'viti i lindjes ±1',
      phone: 'telefoni',
      document: 'dokumenti',
      plate: 'targa',
    },
  },
};
