/** Mreža na bosanskom: samo riječi koje se razlikuju od srpskog (sr-Latn.ts). */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  network: {
    intro:
      'Ono što evidencije dijele, kao graf: osobe, telefoni, vozila, dokumenti, predmeti i granični prijelazi vaše jurisdikcije. Evidencije druge jurisdikcije pojavljuju se samo kao pogodak. Telefon ili dokument koji dijeli mnogo ljudi čini slabu vezu.',
    kinds: { person: 'Osoba', crossing: 'Granični prijelaz' },
    kindsPlural: { person: 'osobe', crossing: 'prijelazi' },
    edges: { leg: 'dionica rute preko', facilitator: 'organizovao dionicu', duplicate: 'moguće ista osoba' },
    controls: { limit: 'Najviše susjeda po čvoru' },
    truncated: 'Neki čvorovi imaju više susjeda nego što je prikazano; proširite ih da vidite više.',
    empty: 'Počnite od telefona, vozila, osobe ili predmeta.',
    node: {
      sharedBy: 'Dijeli ga {{count}} evidencija',
      expandAll: 'Svi susjedi',
      nothingMore: 'Svi susjedi su prikazani.',
    },
    analysis: {
      title: 'Vjerovatni organizatori',
      intro:
        'Osobe rangirane po posredništvu: koliko često stoje na najkraćim putevima između ostalih. Posrednici između grupa su prvi.',
      sampled: 'Posredništvo procijenjeno iz uzorka (veliki grafikon).',
      person: 'Osoba',
    },
    timeline: {
      intro:
        'Događaji, dionice rute i otvaranja predmeta s grafikona; izaberite jedan da označite njegove čvorove.',
      kinds: { leg: 'Dionica rute' },
    },
    charts: {
      save: 'Sačuvaj kao novi grafikon',
      sharedBy: 'Podijelio/la {{name}}',
      share: 'Podijeli s',
      shareSave: 'Sačuvaj dijeljenje',
      shared: 'Dijeljenje je sačuvano.',
    },
  },
};
