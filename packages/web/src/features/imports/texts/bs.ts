/**
 * Importing persons in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest is
 * taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  imports: {
    warnings_one: '{{count}} red uvezen s nečim sačuvanim kako je napisano',
    warnings_few: '{{count}} reda uvezena s nečim sačuvanim kako je napisano',
    warnings_other: '{{count}} redova uvezeno s nečim sačuvanim kako je napisano',
    checkedReport:
      'Samo provjera: od {{rows}} redova, {{valid}} se može uvesti ({{already}} od njih je već uvezeno), {{rejected}} bi bilo odbijeno.',
    attached_one: '{{count}} osoba dodana u predmet',
    attached_few: '{{count}} osobe dodane u predmet',
    attached_other: '{{count}} osoba dodano u predmet',
    intro:
      'Iz tabele koju vodi vaša jedinica (CSV ili XLSX). Svaki red se provjerava prije nego što se išta sačuva.',
    sourceKey: 'Oznaka reda (omogućava siguran ponovni uvoz)',
    check: 'Provjeri sve redove',
    checked: 'Provjereno: ništa nije sačuvano.',
  },
};
