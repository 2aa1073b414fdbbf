/**
 * Importing persons in Serbian, Latin script (from which Serbian Cyrillic is converted letter for
 * letter).
 */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  imports: {
    warnings_one: '{{count}} red uvezen sa nečim sačuvanim kako je napisano',
    warnings_few: '{{count}} reda uvezena sa nečim sačuvanim kako je napisano',
    warnings_other: '{{count}} redova uvezeno sa nečim sačuvanim kako je napisano',
    noSourceKey: 'Nijedna: svaki red se prepoznaje po sadržaju',
    attachCase: 'Dodaj osobe u predmet (nije obavezno)',
    noCase: 'Ni u jedan predmet',
    attachRole: 'Njihova uloga u predmetu',
    inNoCase: 'Osobe neće pripadati nijednom predmetu: mogu se naći pretragom i kasnije dodati u predmete.',
    checkedReport:
      'Samo provera: od {{rows}} redova, {{valid}} se može uvesti ({{already}} od njih je već uvezeno), {{rejected}} bi bilo odbijeno.',
    attached_one: '{{count}} osoba dodata u predmet',
    attached_few: '{{count}} osobe dodate u predmet',
    attached_other: '{{count}} osoba dodato u predmet',
    title: 'Uvoz osoba',
    intro:
      'Iz tabele koju vaša jedinica vodi (CSV ili XLSX). Svaki red se proverava pre nego što se išta sačuva.',
    file: 'Datoteka',
    open: 'Uvezi osobe iz tabele',
    preview: 'Prvi redovi datoteke {{name}} (ukupno redova: {{count}})',
    mapping: 'Koja kolona sadrži šta',
    sourceKey: 'Oznaka reda (omogućava bezbedan ponovni uvoz)',
    notMapped: '— nema u datoteci —',
    alias: 'Nadimak',
    documentNumber: 'Broj dokumenta',
    documentCountry: 'Dokument izdala (kod države)',
    notes: 'Napomene',
    dateFormat: 'Datumi su zapisani',
    iso: 'Prvo godina (2007-01-31)',
    dayFirst: 'Prvo dan (31.01.2007)',
    check: 'Proveri sve redove',
    run: 'Uvezi',
    skipBad: 'Uvezi ispravne redove i ako su neki odbijeni',
    cancel: 'Otkaži uvoz',
    progress: '{{done}} od {{total}} redova',
    report: 'Redova: {{rows}}; uvezeno {{created}}, već uvezeno {{already}}, odbijeno {{rejected}}.',
    rejected: 'Odbijeni redovi',
    line: 'Red {{line}}',
    cancelled: 'Otkazano: ništa nije uvezeno.',
    refused: 'Ništa nije uvezeno: ispravite odbijene redove ili uvezite samo ispravne.',
    checked: 'Provereno: ništa nije sačuvano.',
  },
};
