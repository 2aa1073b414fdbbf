/**
 * My account in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest is taken
 * from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  account: {
    title: 'Moj račun',
    notificationEmail: 'E-pošta za obavijesti',
    notificationEmailHelp:
      'Veza vam e-poštom javlja samo da vas nešto čeka, nikada što. Ostavite prazno ako ne želite.',
    changePassword: 'Promjena lozinke',
    passwordChanged: 'Lozinka je promijenjena. Sve vaše sesije su završene; prijavite se novom lozinkom.',
    twoFactorOff: 'Isključen. Uključite ga kako biste račun zaštitili kodom s telefona.',
    enrol: 'Postavi aplikaciju za autentifikaciju',
    code: 'Šesteroznamenkasti kod',
    recoveryCodes:
      'Rezervni kodovi: čuvajte ih na sigurnom. Svaki vrijedi jednom ako izgubite telefon. Prikazuju se samo sada.',
  },
};
