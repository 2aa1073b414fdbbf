/**
 * The audit log in Montenegrin: only the words where it differs from Bosnian (bs.ts); the rest is
 * taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const cnr: Changes<Texts> = {
  audit: {
    actions: {
      settings: 'Podešavanja',
    },
  },
};
