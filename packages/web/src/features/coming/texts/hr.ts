/**
 * The placeholder of parts not built yet in Croatian: only the words where it differs from Serbian
 * (sr-Latn.ts); the rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  coming: {
    body: 'Ovaj dio Veze je u izradi. Ovdje se još ništa ne bilježi, a ništa što radite na drugim mjestima se zbog toga ne gubi.',
    screening:
      'Probir osoba u mješovitim migracijskim tokovima na indikatore trgovine ljudima i ranjivosti, bez mreže i na njihovom jeziku, s upućivanjem na zaštitu.',
    protection:
      'Vođenje slučajeva u Nacionalnom referalnom mehanizmu: identifikacija, razdoblje oporavka i razmišljanja, pomoć, povratak ili integracija, uz pristanak.',
    hits: 'Provjera pogodak/nema pogotka između jurisdikcija na kodiranim podacima koji čuvaju privatnost.',
    requests:
      'Sigurni operativni zahtjevi između agencija, s oznakama postupanja, rokovima i potvrdama prijema.',
  },
};
