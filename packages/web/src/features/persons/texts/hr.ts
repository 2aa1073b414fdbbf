/**
 * Persons, their duplicates and the matching model in Croatian: only the words where it differs from
 * Serbian (sr-Latn.ts); the rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  person: {
    duplicates: {
      probability: '{{value}} vjerojatno ista osoba',
      why: 'Zašto: što svako polje dodaje ili oduzima',
      level: 'Usporedba',
      prior: 'Prije usporedbe',
      bands: {
        strong: 'Snažno podudaranje',
        probable: 'Vjerojatno podudaranje',
        possible: 'Moguće podudaranje',
      },
      bandMeaning: {
        strong: 'Gotovo uvijek ista osoba.',
        probable: 'Većina takvih parova je ista osoba: provjerite prije spajanja.',
        possible: 'Često imenjak ili srodnik: pažljivo usporedite zapise.',
      },
      fields: {
        sex: 'Spol',
      },
      levels: {
        partial: 'dio drugog',
        day_month_swapped: 'zamijenjeni dan i mjesec',
        one_part_differs: 'razlikuje se jedan dio (pogreška u pisanju)',
      },
    },
    purposeHint: 'Razlog se upisuje u revizijski zapisnik.',
    sex: 'Spol',
    presumed: 'podrazumijevani pri registraciji',
    documents: 'Dokumenti',
    edit: 'Uredi zapis',
    addDocument: 'Dodaj ispravu',
    documentType: 'Vrsta isprave',
    documentTypes: {
      passport: 'Putovnica',
      id_card: 'Osobna iskaznica',
      asylum_card: 'Iskaznica tražitelja azila',
    },
  },
  matchingModel: {
    open: 'Model usporedbe u pretrazi duplikata',
    title: 'Model usporedbe',
    intro:
      'Kako pretraga mogućih duplikata vrednuje svako polje. Procjenjuje se na osobama ove jurisdikcije i uči iz odluka istražitelja: spajanja i „nije ista osoba”. Čuvaju se samo razine usporedbe odlučenih parova, nikada ime, datum ili broj.',
    none: 'Modela još nema: nastaje s prvom pretragom duplikata.',
    inUse: 'U uporabi: inačica {{version}}, procijenjena {{date}} na {{records}} osoba.',
    restoredBy: 'Inačicu {{version}} vratio je {{user}}.',
    uncalibrated: 'Još nema odluka: ocjene su ocjene samog modela.',
    calibration:
      'Ocjene kalibrirane na {{pairs}} odluka: par koji sam model ocjenjuje kao u prvom stupcu sada je ocijenjen kao u drugom.',
    ownScore: 'Ocjena samog modela',
    calibratedScore: 'Ocjena nakon odluka',
    weightsIntro:
      'U bitovima: iznad nule razina govori u prilog iste osobe, ispod nule protiv; svaki bit udvostručuje ili prepolovljuje izglede.',
    change: 'Promjena od inačice {{version}}',
    versionTitle: 'Inačica {{version}}',
    versions: 'Inačice',
    restored: 'Inačicu {{version}} vratio je {{user}}',
    current: 'U uporabi',
    restore: 'Vrati inačicu {{version}}',
    regionTitle: 'Regionalna usporedba pogodak/bez pogotka',
    regionInUse:
      'Inačica {{version}}, procijenjena {{date}} na kodiranim zapisima {{records}} osoba svih jurisdikcija koje sudjeluju; uči iz odluka o pogocima svih strana: ista osoba {{same}}, nije relevantno {{different}}. Između jurisdikcija prelaze samo razine usporedbe.',
    regionNone: 'Regionalna usporedba još nije pokrenuta.',
  },
};
