/**
 * Signing in in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest is taken
 * from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  signIn: {
    tooMany: 'Previše neuspješnih pokušaja. Pričekajte {{seconds}} sekundi i pokušajte ponovno.',
    sessionEnded: 'Vaša sesija je istekla. Ponovno se prijavite.',
  },
};
