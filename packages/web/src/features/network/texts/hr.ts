/** Mreža na hrvatskom: samo riječi koje se razlikuju od srpskog (sr-Latn.ts). */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  network: {
    intro:
      'Ono što evidencije dijele, kao graf: osobe, telefoni, vozila, dokumenti, predmeti i granični prijelazi vaše jurisdikcije. Evidencije druge jurisdikcije pojavljuju se samo kao pogodak. Telefon ili dokument koji dijeli mnogo ljudi čini slabu vezu.',
    start: { find: 'Pronađi', add: 'Dodaj na grafikon', replace: 'Počni odavde' },
    kinds: { person: 'Osoba', crossing: 'Granični prijelaz' },
    kindsPlural: { person: 'osobe', crossing: 'prijelazi' },
    edges: { leg: 'dionica rute preko', facilitator: 'organizirao dionicu', duplicate: 'moguće ista osoba' },
    controls: { limit: 'Najviše susjeda po čvoru', apply: 'Primijeni' },
    truncated: 'Neki čvorovi imaju više susjeda nego što je prikazano; proširite ih da vidite više.',
    empty: 'Počnite od telefona, vozila, osobe ili predmeta.',
    node: {
      sharedBy: 'Dijeli ga {{count}} evidencija',
      expandAll: 'Svi susjedi',
      nothingMore: 'Svi susjedi su prikazani.',
      deselect: 'Poništi odabir',
      title: 'Odabrano',
      selectedCount: 'Odabrano: {{count}}',
    },
    analysis: {
      title: 'Vjerojatni organizatori',
      intro:
        'Osobe rangirane po posredništvu: koliko često stoje na najkraćim putovima između ostalih. Posrednici između skupina su prvi.',
      sampled: 'Posredništvo procijenjeno iz uzorka (veliki grafikon).',
      person: 'Osoba',
    },
    timeline: {
      intro:
        'Događaji, dionice rute i otvaranja predmeta s grafikona; odaberite jedan da označite njegove čvorove.',
      kinds: { leg: 'Dionica rute' },
    },
    charts: {
      saveTitle: 'Spremi grafikon',
      save: 'Spremi kao novi grafikon',
      update: 'Spremi izmjene',
      saved: 'Grafikon je spremljen.',
      sharedBy: 'Podijelio/la {{name}}',
      share: 'Podijeli s',
      shareSave: 'Spremi dijeljenje',
      shared: 'Dijeljenje je spremljeno.',
      none: 'Nema spremljenih grafikona.',
      title: 'Spremljeni grafikoni',
    },
  },
};
