/** Analiza na hrvatskom: samo riječi koje se razlikuju od srpskog (sr-Latn.ts). */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  analysis: {
    intro:
      'Brojevi iz evidencija, nikada evidencija. Broj manji od 10 ne prikazuje se, niti broj koji bi se mogao izračunati iz ostalih ili iz istog prikaza s jednim filtrom više ili manje.',
    regionalIntro:
      'Regija: zbroj onoga što objavljuje svaka jurisdikcija. Gdje jurisdikcija zadrži broj, regionalni broj prikazuje se kao „najmanje”.',
    pending_one: '{{count}} izmijenjeni predmet još nije uračunat; bit će u roku od jedne minute.',
    pending_few: '{{count}} izmijenjena predmeta još nisu uračunata; bit će u roku od jedne minute.',
    pending_other: '{{count}} izmijenjenih predmeta još nije uračunato; bit će u roku od jedne minute.',
    filters: {
      title: 'Filtri',
      any: 'Bilo koji',
      clear: 'Ukloni filtre',
      atMost: 'Najviše 4 filtra odjednom.',
      leg: 'Dionica rute',
      sex: 'Spol',
      ageBand: 'Dob',
      transport: 'Prijevoz',
    },
    units: { requests: 'zahtjevi' },
    charts: {
      month: 'Otvoreni predmeti po mjesecu',
      week: 'Otvoreni predmeti po tjednu',
      leg: 'Predmeti po dionici rute',
      transport: 'Predmeti po prijevozu',
      sex: 'Žrtve i krijumčareni migranti po spolu',
      ageBand: 'Žrtve i krijumčareni migranti po dobi',
      requests: 'Poslani zahtjevi, po vrsti',
    },
    child: 'dijete',
    fees: {
      title: 'Plaćeni iznosi po dionici rute',
      intro: 'Medijan i srednja polovina zabilježenih iznosa, gdje je za dionicu zabilježeno najmanje 10.',
      leg: 'Dionica',
      fees: 'Zabilježeni iznosi',
      median: 'Medijan',
      none: 'Nijedna dionica nema 10 ili više zabilježenih iznosa uz ove filtre.',
    },
    map: {
      title: 'Karta',
      intro:
        'Granični prijelazi po broju predmeta, strelice od zemlje do zemlje po broju predmeta, zemlje osjenčane po predmetima koji do njih stižu. Zadržani brojevi nacrtani su bez broja.',
      loading: 'Karta se crta…',
      legendRecorded: 'Predmeti koje je zabilježila svaka jurisdikcija',
      shadeBy: 'Sjenčaj prema',
    },
    warnings: {
      intro:
        'Tjedni broj veći od onoga što objašnjavaju isti tjedni godinu dana ranije (1 šansa u 10.000), ili modus operandi nov za dvije jurisdikcije u roku od mjesec dana.',
      increase:
        '{{what}}: {{count}} u tjednu od {{week}}, očekivano {{expected}}; iznad uobičajene razine od {{since}}.',
      increaseRegional:
        '{{what}} u {{jurisdiction}}: porast veći od onoga što povijest objašnjava u tjednu od {{week}}, od {{since}}.',
      newMethod: '{{what}}: novo u {{jurisdiction}} u tjednu od {{week}}, a i u {{others}}.',
    },
    statistics: {
      intro:
        'Statistika trgovanja ljudima za godinu kako je traže tablice crim_thb: registrirane žrtve i osumnjičenici po spolu, dobnoj skupini, državljanstvu i obliku iskorištavanja. Brojevi manji od 10 zadržani su i označeni s c.',
      suspects: 'Osumnjičenici (CSV)',
    },
    settings: { title: 'Zaokruživanje', save: 'Spremi zaokruživanje', saved: 'Zaokruživanje je spremljeno.' },
  },
};
