/** Zaštita žrtava na bosanskom: samo riječi koje se razlikuju od srpskog (sr-Latn.ts). */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  protection: {
    intro:
      'Pretpostavljene žrtve kroz Referalni mehanizam: odluka o osnovanim razlozima, period oporavka i razmišljanja i pristanak za svako dijeljenje podataka.',
    child: 'Dijete (mlađe od 18 godina, ili je dob sporna)',
    filters: { child: 'Djeca' },
    noConsents: 'Još nije zabilježen nijedan pristanak: ništa se ne smije dijeliti.',
    consentPurposes: { share_with_agency: 'Dijeljenje s agencijom' },
    record: 'Zabilježi',
    recordConsent: 'Zabilježi pristanak',
    witnessedBy: 'Svjedok',
    tabs: { shared: 'Podijeljeno s nama', retention: 'Pregled čuvanja' },
    approvals: {
      goesToApproval: 'Ovo ide supervizoru na odobrenje prije nego što stupi na snagu.',
      noRemovalWhileWaiting:
        'Bez udaljavanja: odluka o osnovanim razlozima čeka odobrenje, a osoba ne smije biti udaljena prije okončanja identifikacije (Konvencija Vijeća Evrope, čl. 10(2)).',
    },
    close: {
      childNeedsBid: 'Slučaj djeteta se zatvara tek nakon utvrđivanja najboljeg interesa.',
      outcomes: { deceased: 'Preminula' },
    },
    services: {
      followUpOn: 'Provjeriti do',
      overdue: 'Rok za provjeru je prošao',
      sharedOnly: 'Pružalac vidi samo ono što je usluzi potrebno, nikada slučaj. Osoba mora dati pristanak.',
      types: { family_tracing: 'Traženje porodice' },
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
      appoint: 'Zabilježi staratelja',
      determine: 'Zabilježi utvrđivanje najboljeg interesa',
    },
    sharing: {
      fieldNames: { child: 'Dijete', birthDate: 'Datum rođenja' },
      share: 'Podijeli s agencijom',
      revoke: 'Prestani dijeliti',
      revoked: 'više se ne dijeli',
      nothing: 'Ništa nije podijeljeno.',
      sharedTitle: 'Podijeljeni slučajevi zaštite',
      sharedNone: 'Ništa nije podijeljeno s vašom agencijom.',
    },
    transfer: { note: 'Poruka agenciji koja prima' },
  },
};
