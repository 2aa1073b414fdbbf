/**
 * The audit log in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest is
 * taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  audit: {
    title: 'Revizijski zapisnik',
    intro:
      'Svaka prijava, izmjena i uvid u osobne podatke u vašoj jurisdikciji, u lancu koji otkriva svaku izmjenu.',
    time: 'Vrijeme',
    forbidden: 'Revizijski zapisnik mogu čitati samo administratori i koordinatori.',
    actions: {
      password_change: 'Promjena lozinke',
      create: 'Stvoreno',
      update: 'Izmijenjeno',
      settings: 'Postavke',
    },
    outcomes: {
      success: 'Uspješno',
      failure: 'Neuspješno',
    },
  },
};
