/**
 * Cross-jurisdiction hits in Serbian, Latin script (from which Serbian Cyrillic is converted letter
 * for letter).
 */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  hits: {
    title: 'Pogoci u drugim jurisdikcijama',
    intro:
      'Druga jurisdikcija ima nešto o jednoj od vaših osoba. Evo koga da pitate; šta piše u njihovom zapisu ostaje kod njih dok to ne podele.',
    none: 'Nema pogodaka za osobe vaše jurisdikcije.',
    about: 'Pogodak za {{name}}',
    newCount_one: '{{count}} novi pogodak',
    newCount_few: '{{count}} nova pogotka',
    newCount_other: '{{count}} novih pogodaka',
    yourPerson: 'Vaša osoba',
    yourVehicle: 'Vaše vozilo',
    evidence: 'Šta se poklapa',
    agency: 'Agencija koja čuva zapis',
    contacts: 'Koga da pitate',
    found: 'Pronađeno',
    status: 'Vaša odluka',
    confirm: 'Potvrđeno nakon razmene',
    notRelevant: 'Nije relevantno',
    requestDetails: 'Zatraži podatke',
    filters: 'Koji pogoci',
    decisions: 'Vaša odluka',
    tab: '{{label}} ({{count}})',
    band: 'Jačina',
    kind: 'Zapis',
    kinds: { person: 'Osobe', vehicle: 'Vozila' },
    noneHere: 'Ovde nema pogodaka.',
    all: 'Svi',
    bands: {
      strong: 'Jak pogodak',
      probable: 'Verovatan pogodak',
      possible: 'Moguć pogodak',
    },
    evidenceKinds: {
      name: 'ime',
      birth_date: 'datum rođenja',
      birth_year: 'godina rođenja',
      phone: 'telefon',
      document: 'dokument',
      plate: 'registarska tablica',
    },
    statuses: {
      new: 'još nepregledano',
      not_relevant: 'nije relevantno',
      confirmed: 'potvrđeno',
    },
  },
};
