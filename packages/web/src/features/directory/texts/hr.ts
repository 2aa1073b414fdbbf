/**
 * The directory of agencies and contact points in Croatian: only the words where it differs from
 * Serbian (sr-Latn.ts); the rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  availability: {
    officeHours: 'Radno vrijeme',
  },
  directory: {
    intro:
      'Sve operativne skupine, agencije i kontakt osobe u regiji. Pretražujte po imenu na bilo kojem pismu.',
    language: 'Jezik kojim govori',
    noResults: 'Nema rezultata. Pokušajte s manje riječi ili drugim načinom pisanja.',
    taskForce: 'Operativna skupina',
    email: 'E-mail',
    editAgency: 'Uredi agenciju',
    editContact: 'Izmijeni kontakt osobu',
    backToDirectory: 'Natrag na imenik',
    officeHoursLabel: 'Radno vrijeme',
  },
};
