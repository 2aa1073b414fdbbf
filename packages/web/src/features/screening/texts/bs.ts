/**
 * Screening in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest is taken
 * from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  screening: {
    actOnly:
      'šta se dogodilo (samo po sebi, to što su vas drugi prevezli ili smjestili nije znak trgovine ljudima)',
    screenAgain:
      'Nema dovoljno odgovora u dijelovima: {{sections}}. Ponovite skrining nasamo i uz prevodioca, kada osoba bude spremna.',
    pathwaysIntro:
      'Koja agencija vaše jurisdikcije pruža svaku mjeru koju skrining preporučuje. Ispitivači to vide u rezultatu i tamo upućuju osobu.',
    action: 'Mjera',
    presumedBirthYear: 'Godina rođenja pretpostavljena prema navedenoj dobi: {{year}}',
    againstVersion: 'Izmjene u odnosu na objavljenu verziju {{version}}:',
    noChanges: 'Ništa se ne mijenja.',
    changes: {
      added: 'dodano',
      changed: 'izmijenjeno',
    },
    waiting_one: '{{count}} skrining čeka da bude poslan',
    waiting_few: '{{count}} skrininga čekaju da budu poslani',
    waiting_other: '{{count}} skrininga čeka da bude poslano',
    unreviewed: 'neprovjeren prevod',
    place: 'Mjesto (nije obavezno)',
    declinedText: 'O osobi ništa nije zabilježeno; samo to da je neko odbio.',
    waitingToSync: 'Sačuvano na ovom uređaju; biće poslano kada se mreža vrati.',
    progress: 'Odjeljak {{current}} od {{total}}',
    actions: 'Preporučene mjere',
  },
};
