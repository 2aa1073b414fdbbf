/**
 * Investigation cases in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest
 * is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  cases: {
    perpetratorRoleNames: {
      TravellingPartner: 'Suputnik',
      Transporter: 'Prijevoznik',
      ControlledIndividual: 'Kontrolirao/la osobu',
      Exploiter: 'Izrabljivač',
    },
    editCase: 'Uredi predmet',
    modusOperandi: 'Način počinjenja',
    empty: 'Nema odgovarajućih predmeta.',
    statuses: {
      prosecuted: 'Podignuta optužnica',
    },
    mo: {
      foot_crossing_guided: 'Vođeni prelazak pješke',
      forged_documents: 'Krivotvoreni dokumenti',
      fraudulently_obtained_documents: 'Prijevarom pribavljeni dokumenti',
      informal_money_transfer: 'Neformalni prijenos novca',
    },
    exploitationTypes: {
      ForcedLabour: 'Prisilni rad',
      ForcedMarriage: 'Prisilni brak',
      ForcedBegging: 'Prisilno prosjačenje',
      ForcedCriminality: 'Prisila na počinjenje kaznenih djela',
    },
    roles: {
      suspect: 'Osumnjičenik',
      witness: 'Svjedok',
    },
    perpetratorRoles: 'Uloga u kaznenom djelu (HTCDS)',
    presumed: 'Datum je podrazumijevani pri registraciji (1. januar)',
    editRoute: 'Uredi rutu',
    addLeg: 'Dodaj dionicu',
    removeLeg: 'Ukloni ovu dionicu',
    leg: 'Dionica {{n}}',
    fromPlace: 'Od (mjesto)',
    toPlace: 'Do (mjesto)',
    transports: {
      foot: 'Pješke',
      train: 'Vlak',
    },
    nobody: 'Niko nije zabilježen',
    noRoute: 'Ruta još nije zabilježena.',
    noPeople: 'Još niko nije zabilježen.',
    noVehicles: 'Još nema zabilježenih vozila.',
    prosecutedOn: 'Optužnica podignuta',
    eventTypes: {
      Exploitation: 'Iskorištavanje',
    },
    place: 'Mjesto',
    noEvents: 'Još nema zabilježenih događaja.',
  },
};
