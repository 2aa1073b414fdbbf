/**
 * Importing persons in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest
 * is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  imports: {
    warnings_one: '{{count}} redak uvezen s nečim spremljenim kako je napisano',
    warnings_few: '{{count}} retka uvezena s nečim spremljenim kako je napisano',
    warnings_other: '{{count}} redaka uvezeno s nečim spremljenim kako je napisano',
    noSourceKey: 'Nijedan: svaki se red prepoznaje po sadržaju',
    attachCase: 'Dodaj osobe u predmet (nije obvezno)',
    inNoCase:
      'Osobe neće pripadati nijednom predmetu: mogu se naći pretraživanjem i poslije dodati u predmete.',
    checkedReport:
      'Samo provjera: od {{rows}} redaka, {{valid}} se može uvesti ({{already}} od njih je već uvezeno), {{rejected}} bi bilo odbijeno.',
    attached_one: '{{count}} osoba dodana u predmet',
    attached_few: '{{count}} osobe dodane u predmet',
    attached_other: '{{count}} osoba dodano u predmet',
    intro:
      'Iz tablice koju vodi vaša jedinica (CSV ili XLSX). Svaki se redak provjerava prije nego što se išta spremi.',
    open: 'Uvezi osobe iz tablice',
    preview: 'Prvi retci datoteke {{name}} (ukupno redaka: {{count}})',
    mapping: 'Koji stupac sadrži što',
    sourceKey: 'Oznaka retka (omogućuje siguran ponovni uvoz)',
    documentNumber: 'Broj isprave',
    documentCountry: 'Ispravu izdala (kod države)',
    iso: 'Najprije godina (2007-01-31)',
    dayFirst: 'Najprije dan (31.01.2007)',
    check: 'Provjeri sve retke',
    skipBad: 'Uvezi ispravne retke i ako su neki odbijeni',
    cancel: 'Odustani od uvoza',
    progress: '{{done}} od {{total}} redaka',
    report: 'Redaka: {{rows}}; uvezeno {{created}}, već uvezeno {{already}}, odbijeno {{rejected}}.',
    rejected: 'Odbijeni retci',
    line: 'Redak {{line}}',
    refused: 'Ništa nije uvezeno: ispravite odbijene retke ili uvezite samo ispravne.',
    checked: 'Provjereno: ništa nije spremljeno.',
  },
};
