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
  },
};
