/** Signing in in Serbian, Latin script (from which Serbian Cyrillic is converted letter for letter). */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  signIn: {
    title: 'Prijava u Vezu',
    username: 'Korisničko ime',
    password: 'Lozinka',
    totp: 'Kod iz aplikacije za autentifikaciju ili rezervni kod',
    submit: 'Prijavi se',
    wrongCredentials: 'Korisničko ime ili lozinka nisu ispravni.',
    totpNeeded: 'Unesite kod iz aplikacije za autentifikaciju.',
    tooMany: 'Previše neuspelih pokušaja. Sačekajte {{seconds}} sekundi i pokušajte ponovo.',
    sessionEnded: 'Vaša sesija je istekla. Prijavite se ponovo.',
  },
};
