/**
 * User administration in Serbian, Latin script (from which Serbian Cyrillic is converted letter for
 * letter).
 */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  users: {
    title: 'Korisnici: {{jurisdiction}}',
    create: 'Kreiraj korisnika',
    username: 'Korisničko ime',
    displayName: 'Ime i prezime',
    roles: 'Uloge',
    agency: 'Agencija',
    password: 'Početna lozinka',
    status: 'Status',
    active: 'Aktivan',
    disabled: 'Onemogućen',
    disable: 'Onemogući',
    enable: 'Ponovo omogući',
    showDisabled: 'Prikaži onemogućene korisnike',
    twoFactor: 'Drugi faktor',
    created: 'Korisnik {{username}} je kreiran.',
  },
};
