/**
 * Persons, their duplicates and the matching model in Bosnian: only the words where it differs from
 * Serbian (sr-Latn.ts); the rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  person: {
    duplicates: {
      probability: '{{value}} vjerovatno ista osoba',
      prior: 'Prije poređenja',
      bands: {
        probable: 'Vjerovatno poklapanje',
      },
      bandMeaning: {
        strong: 'Gotovo uvijek ista osoba.',
        probable: 'Većina takvih parova je ista osoba: provjerite prije spajanja.',
      },
      levels: {
        partial: 'dio drugog',
        day_month_swapped: 'zamijenjeni dan i mjesec',
        one_part_differs: 'razlikuje se jedan dio (greška u pisanju)',
      },
    },
    presumed: 'podrazumijevani pri registraciji',
    documents: 'Dokumenti',
    edit: 'Izmijeni zapis',
    documentTypes: {
      travel_document: 'Putni dokument',
      asylum_card: 'Iskaznica tražioca azila',
    },
  },
  matchingModel: {
    intro:
      'Kako pretraga mogućih duplikata vrednuje svako polje. Procjenjuje se na osobama ove jurisdikcije i uči iz odluka istražitelja: spajanja i „nije ista osoba”. Čuvaju se samo nivoi poređenja odlučenih parova, nikada ime, datum ili broj.',
    inUse: 'U upotrebi: verzija {{version}}, procijenjena {{date}} na {{records}} osoba.',
    uncalibrated: 'Još nema odluka: ocjene su ocjene samog modela.',
    calibration:
      'Ocjene kalibrirane na {{pairs}} odluka: par koji sam model ocjenjuje kao u prvoj koloni sada je ocijenjen kao u drugoj.',
    ownScore: 'Ocjena samog modela',
    calibratedScore: 'Ocjena nakon odluka',
    change: 'Promjena od verzije {{version}}',
    regionInUse:
      'Verzija {{version}}, procijenjena {{date}} na kodiranim zapisima {{records}} osoba svih jurisdikcija koje učestvuju; uči iz odluka o pogocima svih strana: ista osoba {{same}}, nije relevantno {{different}}. Između jurisdikcija prelaze samo nivoi poređenja.',
  },
};
