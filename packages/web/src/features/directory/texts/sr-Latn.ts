/**
 * The directory of agencies and contact points in Serbian, Latin script (from which Serbian Cyrillic
 * is converted letter for letter).
 */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  availability: {
    always: '24/7',
    officeHours: 'Radno vreme',
    now: 'Dostupni sada',
    hours: '{{days}}, {{opens}}–{{closes}} ({{timeZone}})',
    availableNow: 'dostupan sada',
    notNow: 'trenutno nedostupan',
  },
  directory: {
    title: 'Regionalni imenik',
    intro:
      'Sve operativne grupe, agencije i kontakt osobe u regionu. Pretražujte po imenu na bilo kom pismu.',
    searchLabel: 'Ime, funkcija ili agencija',
    searchPlaceholder: 'npr. Đorđević, Ђорђевић ili Djordjevic',
    jurisdiction: 'Jurisdikcija',
    agencyType: 'Vrsta agencije',
    language: 'Jezik koji govori',
    availability: 'Dostupnost',
    contactPoints: 'Kontakt osobe',
    agencies: 'Agencije',
    contactCount_one: '{{count}} kontakt osoba',
    contactCount_few: '{{count}} kontakt osobe',
    contactCount_other: '{{count}} kontakt osoba',
    noResults: 'Nema rezultata. Probajte sa manje reči ili drugim načinom pisanja.',
    function: 'Funkcija',
    taskForce: 'Operativna grupa',
    phone: 'Telefon',
    email: 'E-pošta',
    languages: 'Jezici',
    address: 'Adresa',
    agency: 'Agencija',
    name: 'Ime i prezime',
    addContact: 'Dodaj kontakt osobu',
    addAgency: 'Dodaj agenciju',
    editAgency: 'Izmeni agenciju',
    alternateName: 'Naziv na drugom pismu ili na engleskom',
    editContact: 'Izmeni kontakt osobu',
    deleteConfirm: 'Ukloniti osobu {{name}} iz imenika?',
    backToDirectory: 'Nazad na imenik',
    alwaysLabel: 'Non-stop (24/7)',
    officeHoursLabel: 'Radno vreme',
    days: 'Dani',
    opens: 'Od',
    closes: 'Do',
    timeZone: 'Vremenska zona',
  },
};
