/**
 * The audit log in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest is
 * taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  audit: {
    intro:
      'Svaka prijava, izmjena i uvid u lične podatke u vašoj jurisdikciji, u lancu koji otkriva svaku izmjenu.',
    time: 'Vrijeme',
    forbidden: 'Dnevnik revizije mogu čitati samo administratori i koordinatori.',
    actions: {
      password_change: 'Promjena lozinke',
      update: 'Izmijenjeno',
      settings: 'Postavke',
    },
    outcomes: {
      success: 'Uspješno',
      failure: 'Neuspješno',
    },
  },
};
