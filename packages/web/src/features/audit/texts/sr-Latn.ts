/** The audit log in Serbian, Latin script (from which Serbian Cyrillic is converted letter for letter). */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  audit: {
    title: 'Dnevnik revizije',
    intro:
      'Svaka prijava, izmena i uvid u lične podatke u vašoj jurisdikciji, u lancu koji otkriva svaku izmenu.',
    time: 'Vreme',
    user: 'Korisnik',
    action: 'Radnja',
    outcome: 'Ishod',
    record: 'Zapis',
    purpose: 'Svrha',
    address: 'Adresa',
    details: 'Detalji',
    empty: 'Nema odgovarajućih unosa.',
    forbidden: 'Dnevnik revizije mogu da čitaju samo administratori i koordinatori.',
    actions: {
      sign_in: 'Prijava',
      sign_out: 'Odjava',
      password_change: 'Promena lozinke',
      totp_enrol: 'Uključen drugi faktor',
      totp_disable: 'Uklonjen drugi faktor',
      merge: 'Spojene osobe',
      unmerge: 'Spajanje poništeno',
      reject: 'Nije ista osoba',
      create: 'Kreirano',
      update: 'Izmenjeno',
      delete: 'Uklonjeno',
      read: 'Uvid',
      settings: 'Podešavanja',
    },
    outcomes: {
      success: 'Uspešno',
      failure: 'Neuspešno',
      refused: 'Odbijeno',
    },
  },
};
