/**
 * User administration in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest
 * is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  users: {
    create: 'Stvori korisnika',
    enable: 'Ponovno omogući',
    created: 'Korisnik {{username}} je stvoren.',
  },
};
