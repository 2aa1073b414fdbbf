/**
 * The directory of agencies and contact points in Montenegrin: only the words where it differs from
 * Bosnian (bs.ts); the rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const cnr: Changes<Texts> = {
  directory: {
    intro:
      'Sve operativne grupe, agencije i kontakt osobe u regionu. Pretražujte po imenu na bilo kojem pismu.',
    email: 'E-pošta',
  },
};
