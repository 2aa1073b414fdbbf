/**
 * The texts every page shares (the shell, common words, roles, jurisdictions, validation and errors)
 * in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest is taken from
 * there.
 */
import type { Changes } from '../texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  app: {
    menu: 'Izbornik',
    tagline: 'Regionalna suradnja u borbi protiv krijumčarenja migranata i trgovine ljudima',
    demoBanner: 'Ovo je demonstracijska regija: sve osobe, kontakti agencija i zapisi ovdje su izmišljeni.',
  },
  nav: {
    screening: 'Probir',
    requests: 'Zahtjevi',
    audit: 'Revizijski zapisnik',
    account: 'Moj račun',
  },
  common: {
    save: 'Spremi',
    cancel: 'Odustani',
    edit: 'Uredi',
    delete: 'Izbriši',
    search: 'Traži',
    retry: 'Pokušaj ponovno',
    conflict:
      'Netko drugi je izmijenio ovaj zapis otkako ste ga otvorili. Ponovno ga učitajte da vidite izmjenu, pa primijenite svoju.',
    reload: 'Ponovno učitaj',
    loadMore: 'Prikaži više',
    next: 'Sljedeća',
    saved: 'Spremljeno.',
    required: 'Obvezno',
  },
  roles: {
    screener: 'Službenik za probir',
    prosecutor: 'Tužitelj',
  },
  jurisdictions: {
    MK: 'Sjeverna Makedonija',
  },
  agencyTypes: {
    prosecution: 'Državno odvjetništvo',
    social_welfare: 'Socijalna skrb',
    ngo: 'Udruga civilnog društva',
  },
  validation: {
    not_a_date: 'Ovaj dan ne postoji u kalendaru: provjerite dan i mjesec.',
    too_early: 'Datum prije 1900. ovdje nije vjerojatan.',
    too_late: 'Datum poslije 2100. ovdje nije vjerojatan.',
    arrives_before_departs: 'Dolazak ne može biti prije polaska.',
    unknown_country: 'Odaberite državu s popisa.',
    invalid: 'Ova vrijednost ovdje nije ispravna.',
  },
  errors: {
    codes: {
      validation: 'Nešto u obrascu nije ispravno: provjerite označena polja.',
      invalid_json:
        'Preglednik je poslao nešto što poslužitelj nije mogao pročitati. Ponovno učitajte stranicu i pokušajte opet.',
      unauthenticated: 'Odjavljeni ste. Prijavite se ponovno.',
      csrf: 'Sigurnosni token vaše sesije je zastario. Ponovno učitajte stranicu.',
      forbidden: 'Vaša uloga to ne dopušta.',
      consent_missing: 'Osoba nije dala privolu za ovo. Najprije zabilježite njezinu privolu.',
      second_factor_required:
        'Vaša uloga vidi žrtve: najprije na stranici računa postavite drugi faktor (aplikaciju za autentifikaciju).',
      not_found: 'Nije pronađeno: ova stranica ili zapis ne postoji ili vam nije dostupan.',
      conflict:
        'Netko je ovo u međuvremenu promijenio. Ponovno učitajte da vidite promjenu, pa unesite svoju.',
      unsupported_media_type: 'Ova se vrsta datoteke ne prihvaća.',
      too_many_attempts: 'Previše pokušaja. Pričekajte malo i pokušajte ponovno.',
      unavailable: 'Poslužitelj trenutno nije dostupan. Pokušajte ponovno za trenutak.',
      storage_full:
        'Pohrana poslužitelja je puna pa ništa nije spremljeno. Javite administratoru; pokušajte ponovno kada oslobodi prostor.',
      internal: 'Došlo je do pogreške na poslužitelju; zabilježena je. Pokušajte kasnije.',
    },
    notForRole:
      'Ova je stranica za druge uloge. Obratite se administratoru svoje jurisdikcije ako vam je potrebna za rad.',
    notFound: 'Nije pronađeno: ova stranica ili zapis ne postoji ili ga nemate pravo vidjeti.',
  },
};
