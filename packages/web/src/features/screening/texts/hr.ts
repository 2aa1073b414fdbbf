/**
 * Screening in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest is taken
 * from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  screening: {
    actOnly:
      'što se dogodilo (samo po sebi, to što su vas drugi prevezli ili smjestili nije znak trgovine ljudima)',
    screenAgain:
      'Nema dovoljno odgovora u dijelovima: {{sections}}. Ponovite probir nasamo i uz prevoditelja, kada osoba bude spremna.',
    outcomes: { not_enough_information: 'Nedovoljno informacija za odluku: ponoviti probir' },
    title: 'Probir',
    pathways: 'Putovi upućivanja',
    pathwaysIntro:
      'Koja agencija vaše jurisdikcije pruža svaku mjeru koju probir preporučuje. Ispitivači to vide u rezultatu i tamo upućuju osobu.',
    action: 'Mjera',
    contactFor: 'Kontaktna točka za: {{action}}',
    createPerson: 'Izradi zapis o osobi',
    presumedBirthYear: 'Godina rođenja pretpostavljena prema navedenoj dobi: {{year}}',
    instruments: 'Instrumenti za probir',
    againstVersion: 'Izmjene u odnosu na objavljenu verziju {{version}}:',
    noChanges: 'Ništa se ne mijenja.',
    published: 'Objavljeno u {{time}}. Već provedeni probiri zadržavaju svoju verziju.',
    changes: {
      added: 'dodano',
      changed: 'izmijenjeno',
    },
    newScreening: 'Novi probir',
    none: 'Još nema probira.',
    waiting_one: '{{count}} probir čeka da bude poslan',
    waiting_few: '{{count}} probira čekaju da budu poslani',
    waiting_other: '{{count}} probira čeka da bude poslano',
    by: 'Tko',
    screeningOf: 'Probir od {{date}}',
    unreviewed: 'neprovjeren prevod',
    noInstrument: 'Za vašu jurisdikciju nije objavljen instrument za probir.',
    place: 'Mjesto (nije obavezno)',
    start: 'Započni',
    declinedText: 'O osobi ništa nije zabilježeno; samo to da je neko odbio.',
    backToList: 'Nazad na probire',
    saving: 'Spremanje…',
    saved: 'Spremljeno.',
    waitingToSync: 'Spremljeno na ovom uređaju; biće poslano kada se mreža vrati.',
    finish: 'Pogledaj rezultat',
    progress: 'Odjeljak {{current}} od {{total}}',
    actions: 'Preporučene mjere',
  },
};
