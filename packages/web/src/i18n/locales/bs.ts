/**
 * The texts every page shares (the shell, common words, roles, jurisdictions, validation and errors)
 * in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest is taken from there.
 */
import type { Changes } from '../texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  app: {
    demoBanner: 'Ovo je demonstracijska regija: sve osobe, kontakti agencija i zapisi ovdje su izmišljeni.',
  },
  nav: {
    requests: 'Zahtjevi',
    account: 'Moj račun',
  },
  common: {
    edit: 'Izmijeni',
    search: 'Traži',
    conflict:
      'Neko drugi je izmijenio ovaj zapis otkako ste ga otvorili. Učitajte ga ponovo da vidite izmjenu, pa primijenite svoju.',
    loadMore: 'Prikaži više',
    next: 'Sljedeća',
  },
  jurisdictions: {
    MK: 'Sjeverna Makedonija',
  },
  validation: {
    not_a_date: 'Ovaj dan ne postoji u kalendaru: provjerite dan i mjesec.',
    too_early: 'Datum prije 1900. ovdje nije vjerovatan.',
    too_late: 'Datum poslije 2100. ovdje nije vjerovatan.',
    arrives_before_departs: 'Dolazak ne može biti prije polaska.',
    unknown_country: 'Izaberite državu s liste.',
    invalid: 'Ova vrijednost ovdje nije ispravna.',
  },
  errors: {
    codes: {
      validation: 'Nešto u obrascu nije ispravno: provjerite označena polja.',
      invalid_json:
        'Preglednik je poslao nešto što server nije mogao pročitati. Ponovo učitajte stranicu i pokušajte opet.',
      csrf: 'Sigurnosni token vaše sesije je zastario. Ponovo učitajte stranicu.',
      not_found: 'Nije pronađeno: ova stranica ili zapis ne postoji, ili vam nije dostupan.',
      conflict: 'Neko je ovo u međuvremenu promijenio. Ponovo učitajte da vidite promjenu, pa unesite svoju.',
      internal: 'Došlo je do greške na serveru; zabilježena je. Pokušajte kasnije.',
    },
  },
};
