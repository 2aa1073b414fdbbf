/**
 * Investigation cases in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest
 * is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  cases: {
    editCase: 'Izmijeni predmet',
    mo: {
      foot_crossing_guided: 'Vođeni prelazak pješke',
      forged_documents: 'Falsifikovani dokumenti',
      fraudulently_obtained_documents: 'Prevarom pribavljeni dokumenti',
    },
    exploitationTypes: {
      ForcedCriminality: 'Prinuda na vršenje krivičnih djela',
    },
    roles: {
      witness: 'Svjedok',
    },
    perpetratorRoles: 'Uloga u krivičnom djelu (HTCDS)',
    presumed: 'Datum je podrazumijevani pri registraciji (1. januar)',
    editRoute: 'Izmijeni rutu',
    addLeg: 'Dodaj dionicu',
    removeLeg: 'Ukloni ovu dionicu',
    leg: 'Dionica {{n}}',
    fromPlace: 'Od (mjesto)',
    toPlace: 'Do (mjesto)',
    transports: {
      foot: 'Pješke',
    },
    nobody: 'Niko nije zabilježen',
    noRoute: 'Ruta još nije zabilježena.',
    noPeople: 'Još niko nije zabilježen.',
    noVehicles: 'Još nema zabilježenih vozila.',
    place: 'Mjesto',
    noEvents: 'Još nema zabilježenih događaja.',
  },
};
