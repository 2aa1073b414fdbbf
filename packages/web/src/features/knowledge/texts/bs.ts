/** Razmjena znanja na bosanskom: samo riječi koje se razlikuju od srpskog (sr-Latn.ts). */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  knowledge: {
    title: 'Razmjena znanja',
    tabs: { label: 'Razmjena znanja', practices: 'Prakse i prikazi slučajeva', followUp: 'Praćenje' },
    sections: { successes: 'Elementi uspjeha' },
    tags: { crimes: 'Krivično djelo', keywords: 'Ključne riječi (odvojene zarezom)' },
    search: { words: 'Riječi, imena ili mjesta, bilo kojim pismom' },
    practices: {
      intro:
        'Prakse, prikazi slučajeva i naučene lekcije iz regiona, na njegovim jezicima. Pretraga ćirilicom nalazi iste riječi latinicom, a albanski zapis imena susreće se s bosanskim, hrvatskim i srpskim.',
      confirmDelete: 'Trajno izbrisati ovaj nacrt?',
      delete: 'Izbriši nacrt',
    },
    versions: {
      what: 'Šta je promijenjeno',
      actions: { update: 'Izmijenjeno' },
      fields: { sections: 'dijelovi' },
    },
    meetings: { place: 'Mjesto' },
    minutes: { confirmApprove: 'Nakon odobrenja zapisnik i odluke više se ne mogu mijenjati. Odobriti?' },
    decisions: { none: 'Nema zabilježenih odluka.', record: 'Zabilježi odluku' },
    actions: {
      changeOwner: 'Promijeni',
      noProgress: 'Još nema zabilježenog napretka.',
      note: 'Bilješka o napretku',
      record: 'Zabilježi',
    },
    followUp: {
      intro:
        'Šta su sastanci i akcioni planovi odlučili i dokle se stiglo: po jurisdikciji i po nosiocu. Nosioci dobijaju podsjetnik sedmicu dana prije roka, na dan roka i kada rok prođe.',
      shareDone: 'Udio urađenih',
    },
  },
};
