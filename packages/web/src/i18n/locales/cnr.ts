/** Crnogorski (latinica): Bosnian where the two agree, with Montenegrin words where they differ. */
import { bs } from './bs.ts';
import { withChanges } from './derive.ts';

export const cnr = withChanges(bs, {
  app: {
    demoBanner: 'Ovo je demonstracioni region: sve osobe, kontakti agencija i zapisi ovdje su izmišljeni.',
  },
  nav: {
    account: 'Moj nalog',
  },
  coming: {
    screening:
      'Skrining osoba u mješovitim migracionim tokovima na indikatore trgovine ljudima i ranjivosti, bez mreže i na njihovom jeziku, s upućivanjem na zaštitu.',
    protection:
      'Vođenje slučajeva u Nacionalnom mehanizmu upućivanja: identifikacija, period oporavka i razmišljanja, pomoć, povratak ili integracija, uz pristanak.',
  },
  common: {
    search: 'Pretraži',
  },
  directory: {
    intro:
      'Sve operativne grupe, agencije i kontakt osobe u regionu. Pretražujte po imenu na bilo kojem pismu.',
    email: 'E-pošta',
  },
  audit: {
    actions: {
      settings: 'Podešavanja',
    },
  },
  account: {
    title: 'Moj nalog',
    twoFactorOff: 'Isključen. Uključite ga da biste nalog zaštitili kodom s telefona.',
    enrol: 'Podesi aplikaciju za autentifikaciju',
  },
  person: {
    documentTypes: {
      travel_document: 'Putna isprava',
      asylum_card: 'Legitimacija tražioca azila',
    },
  },
  imports: {
    sourceKey: 'Oznaka reda (omogućava bezbjedan ponovni uvoz)',
  },
});
