/** My account in Serbian, Latin script (from which Serbian Cyrillic is converted letter for letter). */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  account: {
    title: 'Moj nalog',
    notificationEmail: 'E-pošta za obaveštenja',
    notificationEmailHelp:
      'Veza vam e-poštom javlja samo da vas nešto čeka, nikada šta. Ostavite prazno ako ne želite.',
    email: 'Adresa e-pošte',
    profile: 'Profil',
    agency: 'Agencija',
    roles: 'Uloge',
    jurisdiction: 'Jurisdikcija',
    changePassword: 'Promena lozinke',
    currentPassword: 'Trenutna lozinka',
    newPassword: 'Nova lozinka (najmanje 12 znakova)',
    passwordChanged: 'Lozinka je promenjena. Sve vaše sesije su završene; prijavite se novom lozinkom.',
    twoFactor: 'Drugi faktor (aplikacija za autentifikaciju)',
    twoFactorOn: 'Uključen. Preostalo rezervnih kodova: {{count}}.',
    secondFactorRequired:
      'Vaša uloga vidi žrtve, pa je vašem nalogu pre svega potreban drugi faktor. Podesite aplikaciju za autentifikaciju ispod; do tada se nijedna druga stranica ne otvara.',
    twoFactorOff: 'Isključen. Uključite ga da biste nalog zaštitili kodom sa telefona.',
    enrol: 'Podesi aplikaciju za autentifikaciju',
    scan: 'Skenirajte ovaj kod aplikacijom za autentifikaciju ili ručno unesite ključ:',
    code: 'Šestocifreni kod',
    confirm: 'Potvrdi',
    recoveryCodes:
      'Rezervni kodovi: čuvajte ih na sigurnom. Svaki važi jednom ako izgubite telefon. Prikazuju se samo sada.',
    remove: 'Ukloni drugi faktor',
    passwordToRemove: 'Vaša lozinka',
  },
};
