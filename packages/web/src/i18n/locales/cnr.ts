/**
 * The texts every page shares (the shell, common words, roles, jurisdictions, validation and errors)
 * in Montenegrin: only the words where it differs from Bosnian (bs.ts); the rest is taken from there.
 */
import type { Changes } from '../texts.ts';
import type { Texts } from './en.ts';

export const cnr: Changes<Texts> = {
  app: {
    demoBanner: 'Ovo je demonstracioni region: sve osobe, kontakti agencija i zapisi ovdje su izmišljeni.',
  },
  nav: {
    account: 'Moj nalog',
  },
  common: {
    search: 'Pretraži',
  },
};
