/**
 * Operational requests in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the
 * rest is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  requests: {
    title: 'Zahtjevi',
    compose: 'Novi zahtjev',
    dashboardIntro:
      'Zahtjevi koje je vaša jurisdikcija poslala i primila, po mjesecu i partneru: koliko ih je otvoreno, u kašnjenju i odgovoreno, i koliko su trajali potvrda i odgovor.',
    filters: 'Filtriranje zahtjeva',
    none: 'Ovdje nema zahtjeva.',
    wholeAgency: 'Agencija u cjelini',
    sentAt: 'Poslano',
    linkKinds: {
      screening: 'Probir',
    },
    followsHit: 'Ovaj zahtjev prati pogodak: pogodak je povezan, a pita se druga agencija.',
    refersScreening:
      'Ovaj zahtjev upućuje osobu s probira: probir je povezan i agencija kojoj se upućuje može ga otvoriti.',
    saveDraft: 'Spremi kao nacrt',
    timeline: 'Tijek statusa',
    answers: 'Ovaj odgovor odgovara na zahtjev',
    shareFields: 'Podijeli polja zapisa',
    shared: 'Podijeljeno',
    sharedBy: 'Podijelio/la {{agency}} ({{jurisdiction}}), {{by}}, {{time}}',
    forwardedBy: 'Proslijedio/la {{agency}} ({{jurisdiction}}), {{by}}, {{time}}',
    notForwardable: 'H2: ne prosljeđuje se bez dozvole vlasnika',
    picker: {
      pick: 'Odaberi',
    },
    share: {
      title: 'Podijeli polja zapisa',
      another: 'Odaberi drugi zapis',
      fields: 'Polja koja se dijele',
    },
    forward: {
      title: 'Proslijedi drugoj agenciji',
      shares: 'Podeljeni zapisi koji se prosljeđuju',
      submit: 'Proslijedi',
    },
    actions: {
      reopen: 'Ponovno otvori',
      forward: 'Proslijedi',
    },
    types: {
      information_request: 'Zahtjev za informacije',
      joint_action_proposal: 'Prijedlog zajedničke akcije',
      victim_referral: 'Upućivanje ili premještanje žrtve',
    },
    priorities: {
      normal: 'Uobičajen',
    },
    statuses: {
      sent: 'Poslan',
    },
    events: {
      sent: 'Poslan',
      shared: 'Polja podijeljena',
      reopened: 'Ponovno otvoren',
      forwarded: 'Proslijeđen',
    },
    handlingCodes: {
      H0: 'za svaku svrhu provođenja zakona',
      H2: 'ne prosljeđuje se bez dozvole',
    },
    fields: {
      sex: 'Spol',
      socialHandles: 'Računi na društvenim mrežama',
    },
    fromMonth: 'Od mjeseca',
    toMonth: 'Do mjeseca',
    month: 'Mjesec',
    direction: 'Smjer',
    sentCount: 'Poslano',
  },
};
