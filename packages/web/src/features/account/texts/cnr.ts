/**
 * My account in Montenegrin: only the words where it differs from Bosnian (bs.ts); the rest is taken
 * from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const cnr: Changes<Texts> = {
  account: {
    title: 'Moj nalog',
    twoFactorOff: 'Isključen. Uključite ga da biste nalog zaštitili kodom s telefona.',
    enrol: 'Podesi aplikaciju za autentifikaciju',
  },
};
