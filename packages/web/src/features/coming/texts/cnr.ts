/**
 * The placeholder of parts not built yet in Montenegrin: only the words where it differs from Bosnian
 * (bs.ts); the rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const cnr: Changes<Texts> = {
  coming: {
    screening:
      'Skrining osoba u mješovitim migracionim tokovima na indikatore trgovine ljudima i ranjivosti, bez mreže i na njihovom jeziku, s upućivanjem na zaštitu.',
    protection:
      'Vođenje slučajeva u Nacionalnom mehanizmu upućivanja: identifikacija, period oporavka i razmišljanja, pomoć, povratak ili integracija, uz pristanak.',
  },
};
