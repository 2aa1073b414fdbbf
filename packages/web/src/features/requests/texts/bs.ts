/**
 * Operational requests in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest
 * is taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  requests: {
    title: 'Zahtjevi',
    compose: 'Novi zahtjev',
    dashboardIntro:
      'Zahtjevi koje je vaša jurisdikcija poslala i primila, po mjesecu i partneru: koliko ih je otvoreno, u kašnjenju i odgovoreno, i koliko su trajali potvrda i odgovor.',
    filters: 'Filtriranje zahtjeva',
    none: 'Ovdje nema zahtjeva.',
    wholeAgency: 'Agencija u cjelini',
    followsHit: 'Ovaj zahtjev prati pogodak: pogodak je povezan, a pita se druga agencija.',
    refersScreening:
      'Ovaj zahtjev upućuje osobu sa skrininga: skrining je povezan i agencija kojoj se upućuje može ga otvoriti.',
    answers: 'Ovaj odgovor odgovara na zahtjev',
    shareFields: 'Podijeli polja zapisa',
    shared: 'Podijeljeno',
    sharedBy: 'Podijelio/la {{agency}} ({{jurisdiction}}), {{by}}, {{time}}',
    forwardedBy: 'Proslijedio/la {{agency}} ({{jurisdiction}}), {{by}}, {{time}}',
    notForwardable: 'H2: ne prosljeđuje se bez dozvole vlasnika',
    share: {
      title: 'Podijeli polja zapisa',
      fields: 'Polja koja se dijele',
    },
    forward: {
      title: 'Proslijedi drugoj agenciji',
      shares: 'Podeljeni zapisi koji se prosljeđuju',
      submit: 'Proslijedi',
    },
    actions: {
      forward: 'Proslijedi',
    },
    types: {
      information_request: 'Zahtjev za informacije',
      joint_action_proposal: 'Prijedlog zajedničke akcije',
      victim_referral: 'Upućivanje ili premještanje žrtve',
    },
    events: {
      shared: 'Polja podijeljena',
      forwarded: 'Proslijeđen',
    },
    handlingCodes: {
      H0: 'za svaku svrhu provođenja zakona',
      H2: 'ne prosljeđuje se bez dozvole',
    },
    fields: {
      sex: 'Spol',
    },
    fromMonth: 'Od mjeseca',
    toMonth: 'Do mjeseca',
    month: 'Mjesec',
    direction: 'Smjer',
  },
};
