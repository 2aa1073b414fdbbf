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
  },
};
