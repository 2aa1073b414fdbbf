/**
 * The directory of agencies and contact points in Bosnian: only the words where it differs from
 * Serbian (sr-Latn.ts); the rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  availability: {
    officeHours: 'Radno vrijeme',
  },
  directory: {
    intro:
      'Sve operativne grupe, agencije i kontakt osobe u regiji. Pretražujte po imenu na bilo kojem pismu.',
    noResults: 'Nema rezultata. Pokušajte s manje riječi ili drugim načinom pisanja.',
    email: 'E-mail',
    editAgency: 'Izmijeni agenciju',
    editContact: 'Izmijeni kontakt osobu',
    officeHoursLabel: 'Radno vrijeme',
  },
};
