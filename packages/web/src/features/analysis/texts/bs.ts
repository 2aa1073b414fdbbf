/** Analiza na bosanskom: samo riječi koje se razlikuju od srpskog (sr-Latn.ts). */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  analysis: {
    intro:
      'Brojevi iz evidencija, nikada evidencija. Broj manji od 10 se ne prikazuje, niti broj koji bi se mogao izračunati iz ostalih ili iz istog prikaza s jednim filterom više ili manje.',
    regionalIntro:
      'Region: zbir onoga što objavljuje svaka jurisdikcija. Gdje jurisdikcija zadrži broj, regionalni broj se prikazuje kao „najmanje”.',
    pending_one: '{{count}} izmijenjeni predmet još nije uračunat; bit će u roku od jedne minute.',
    pending_few: '{{count}} izmijenjena predmeta još nisu uračunata; bit će u roku od jedne minute.',
    pending_other: '{{count}} izmijenjenih predmeta još nije uračunato; bit će u roku od jedne minute.',
    filters: { leg: 'Dionica rute', sex: 'Spol', ageBand: 'Dob' },
    units: { requests: 'zahtjevi' },
    charts: {
      month: 'Otvoreni predmeti po mjesecu',
      week: 'Otvoreni predmeti po sedmici',
      leg: 'Predmeti po dionici rute',
      nationality: 'Žrtve i krijumčareni migranti po državljanstvu',
      sex: 'Žrtve i krijumčareni migranti po spolu',
      ageBand: 'Žrtve i krijumčareni migranti po dobi',
      requests: 'Poslani zahtjevi, po vrsti',
    },
    child: 'dijete',
    fees: {
      title: 'Plaćeni iznosi po dionici rute',
      intro: 'Medijana i srednja polovina zabilježenih iznosa, gdje je za dionicu zabilježeno najmanje 10.',
      leg: 'Dionica',
      fees: 'Zabilježeni iznosi',
      none: 'Nijedna dionica nema 10 ili više zabilježenih iznosa uz ove filtere.',
    },
    map: {
      title: 'Karta',
      intro:
        'Granični prelazi po broju predmeta, strelice od zemlje do zemlje po broju predmeta, zemlje osjenčene po predmetima koji do njih stižu. Zadržani brojevi su nacrtani bez broja.',
      loading: 'Karta se crta…',
      legendRecorded: 'Predmeti koje je zabilježila svaka jurisdikcija',
      shadeBy: 'Sjenčaj prema',
    },
    warnings: {
      intro:
        'Sedmični broj veći od onoga što objašnjavaju iste sedmice godinu dana ranije (1 šansa u 10.000), ili modus operandi nov za dvije jurisdikcije u roku od mjesec dana.',
      increase:
        '{{what}}: {{count}} u sedmici od {{week}}, očekivano {{expected}}; iznad uobičajenog nivoa od {{since}}.',
      increaseRegional:
        '{{what}} u {{jurisdiction}}: porast veći od onoga što historija objašnjava u sedmici od {{week}}, od {{since}}.',
      newMethod: '{{what}}: novo u {{jurisdiction}} u sedmici od {{week}}, a i u {{others}}.',
    },
    statistics: {
      intro:
        'Statistika trgovine ljudima za godinu kako je traže tabele crim_thb: registrovane žrtve i osumnjičeni po spolu, starosnoj grupi, državljanstvu i obliku eksploatacije. Brojevi manji od 10 su zadržani i označeni sa c.',
    },
    settings: { save: 'Sačuvaj zaokruživanje' },
  },
};
