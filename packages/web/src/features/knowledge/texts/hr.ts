/** Razmjena znanja na hrvatskom: samo riječi koje se razlikuju od srpskog (sr-Latn.ts). */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  knowledge: {
    title: 'Razmjena znanja',
    tabs: {
      label: 'Razmjena znanja',
      practices: 'Prakse i prikazi slučajeva',
      meetings: 'Sastanci',
      followUp: 'Praćenje',
      plans: 'Akcijski planovi',
    },
    sections: { successes: 'Elementi uspjeha' },
    tags: { crimes: 'Kazneno djelo', keywords: 'Ključne riječi (odvojene zarezom)' },
    crimes: { smuggling: 'Krijumčarenje migranata', trafficking: 'Trgovanje ljudima' },
    pillars: { prosecution: 'Kazneni progon' },
    search: { words: 'Riječi, imena ili mjesta, bilo kojim pismom', filters: 'Filtri' },
    practices: {
      intro:
        'Prakse, prikazi slučajeva i naučene lekcije iz regije, na njezinim jezicima. Pretraga ćirilicom nalazi iste riječi latinicom, a albanski zapis imena susreće se s hrvatskim, bosanskim i srpskim.',
      confirmDelete: 'Trajno izbrisati ovaj nacrt?',
      delete: 'Izbriši nacrt',
      publish: 'Objavi za regiju',
    },
    status: { published: 'Objavljeno za regiju' },
    versions: {
      what: 'Što je promijenjeno',
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
        'Što su sastanci i akcijski planovi odlučili i dokle se stiglo: po jurisdikciji i po nositelju. Nositelji dobivaju podsjetnik tjedan dana prije roka, na dan roka i kada rok prođe.',
      shareDone: 'Udio obavljenih',
      owner: 'Nositelj',
      byOwner: 'Po nositelju',
    },
    plans: { title: 'Akcijski planovi', new: 'Novi akcijski plan', none: 'Još nema akcijskih planova.' },
  },
};
