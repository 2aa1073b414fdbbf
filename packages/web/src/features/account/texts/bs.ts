/**
 * My account in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest is taken
 * from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  account: {
    title: 'Moj račun',
    notificationEmail: 'E-pošta za obavještenja',
    changePassword: 'Promjena lozinke',
    passwordChanged: 'Lozinka je promijenjena. Sve vaše sesije su završene; prijavite se novom lozinkom.',
    twoFactorOff: 'Isključen. Uključite ga da biste račun zaštitili kodom s telefona.',
    enrol: 'Postavi aplikaciju za autentifikaciju',
  },
};
