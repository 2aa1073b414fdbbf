/**
 * Cross-jurisdiction hits in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the
 * rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  hits: {
    intro:
      'Druga jurisdikcija ima nešto o jednoj od vaših osoba. Evo koga da pitate; što piše u njihovom zapisu ostaje kod njih dok to ne podijele.',
    evidence: 'Što se poklapa',
    confirm: 'Potvrđeno nakon razmjene',
    noneHere: 'Ovdje nema pogodaka.',
    bands: {
      probable: 'Vjerojatan pogodak',
    },
    evidenceKinds: {
      plate: 'registarska pločica',
    },
  },
};
