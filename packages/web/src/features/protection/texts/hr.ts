/** Zaštita žrtava na hrvatskom: samo riječi koje se razlikuju od srpskog (sr-Latn.ts). */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  protection: {
    title: 'Predmeti zaštite',
    intro:
      'Pretpostavljene žrtve kroz Nacionalni referalni mehanizam: odluka o osnovanim razlozima, razdoblje oporavka i razmišljanja i pristanak za svako dijeljenje podataka.',
    open: 'Otvori predmet',
    child: 'Dijete (mlađe od 18 godina, ili je dob sporna)',
    opened: 'Predmet je otvoren.',
    filters: {
      child: 'Djeca',
      ending: 'Razdoblje razmišljanja istječe u idućih 14 dana',
      mine: 'Moji predmeti',
    },
    empty: 'Nijedan predmet zaštite ne odgovara.',
    noRemovalUntil:
      'Bez udaljavanja do {{date}}: razdoblje oporavka i razmišljanja (Konvencija Vijeća Europe, čl. 13).',
    noRemoval: 'Bez udaljavanja',
    reflectionEnds: 'Razdoblje razmišljanja istječe {{date}} (još {{count}} dana)',
    noConsents: 'Još nije zabilježen nijedan pristanak: ništa se ne smije dijeliti.',
    record: 'Zabilježi',
    recordConsent: 'Zabilježi pristanak',
    witnessedBy: 'Svjedok',
    tabs: { shared: 'Podijeljeno s nama', retention: 'Pregled čuvanja' },
    approvals: {
      goesToApproval: 'Ovo ide supervizoru na odobrenje prije nego što stupi na snagu.',
      noRemovalWhileWaiting:
        'Bez udaljavanja: odluka o osnovanim razlozima čeka odobrenje, a osoba ne smije biti udaljena prije okončanja identifikacije (Konvencija Vijeća Europe, čl. 10(2)).',
    },
    close: {
      childNeedsBid: 'Predmet djeteta zatvara se tek nakon utvrđivanja najboljeg interesa.',
      outcomes: { deceased: 'Preminula' },
    },
    services: {
      followUpOn: 'Provjeriti do',
      overdue: 'Rok za provjeru je prošao',
      sharedOnly:
        'Pružatelj vidi samo ono što je usluzi potrebno, nikada predmet. Osoba mora dati pristanak.',
      types: { family_tracing: 'Traženje obitelji' },
    },
    override: {
      title: 'Izuzetak od nedostajućeg pristanka (dijete u opasnosti)',
      intro:
        'Samo za dijete kojem prijeti ozbiljna šteta, uz razlog: bilježi se u reviziji i koordinatori se obavještavaju.',
      record: 'Zabilježi izuzetak',
    },
    assessment: {
      title: 'Procjena potreba',
      none: 'Još nema procjene potreba.',
      forms: { child: 'Obrazac za djecu' },
      record: 'Procijeni potrebe ({{form}})',
      assessedOn: 'Procijenjeno',
      levels: { none: 'Bez potrebe' },
    },
    children: {
      title: 'Zaštita djeteta',
      age: 'Dob',
      presumed: 'Smatra se djetetom dok je dob sporna',
      recordAge: 'Zabilježi procjenu dobi',
      minimumAge: 'Najniža dob',
      maximumAge: 'Najviša dob',
      by: 'Procijenio/la',
      assessedOn: 'Procijenjeno',
      appoint: 'Zabilježi skrbnika',
      guardian: 'Skrbnik',
      guardianName: 'Skrbnik',
      noGuardian: 'Skrbnik još nije imenovan',
      determine: 'Zabilježi utvrđivanje najboljeg interesa',
    },
    sharing: {
      fieldNames: { child: 'Dijete', birthDate: 'Datum rođenja', guardian: 'Skrbnik' },
      share: 'Podijeli s agencijom',
      revoke: 'Prestani dijeliti',
      revoked: 'više se ne dijeli',
      nothing: 'Ništa nije podijeljeno.',
      sharedTitle: 'Podijeljeni predmeti zaštite',
      sharedNone: 'Ništa nije podijeljeno s vašom agencijom.',
    },
    transfer: { note: 'Poruka agenciji koja prima' },
  },
};
