/** Notifications in Serbian, Latin script (from which Serbian Cyrillic is converted letter for letter). */
import type { Texts } from './en.ts';

export const srLatn: Texts = {
  notifications: {
    title: 'Obaveštenja',
    none: 'Ništa vas ne čeka.',
    unread_one: '{{count}} nepročitano obaveštenje',
    unread_few: '{{count}} nepročitana obaveštenja',
    unread_other: '{{count}} nepročitanih obaveštenja',
    unreadMark: 'Novo',
    markRead: 'Označi kao pročitano',
    markAllRead: 'Označi sve kao pročitano',
    seeHit: 'pogledajte koga da pitate',
    openCase: 'otvori slučaj',
    seeServices: 'pogledajte usluge zatražene od vas',
    seeDashboard: 'pogledaj pregled',
    kinds: {
      analysis_increase: 'Rano upozorenje: broj je porastao više nego što njegova istorija objašnjava',
      analysis_new_modus_operandi:
        'Rano upozorenje: modus operandi nov za dve jurisdikcije u roku od mesec dana',
      reflection_ends_in_7: 'Period oporavka i razmišljanja u slučaju zaštite ističe za 7 dana',
      reflection_ends_in_2: 'Period oporavka i razmišljanja u slučaju zaštite ističe za 2 dana',
      protection_approval_requested: 'Odluka o zaštiti čeka vaše odobrenje',
      protection_approval_approved: 'Vaša odluka o zaštiti je odobrena',
      protection_approval_rejected: 'Vaša odluka o zaštiti je odbijena',
      service_referral_received: 'Upućivanje na uslugu za vašu agenciju',
      service_referral_accepted: 'Upućivanje na uslugu je prihvaćeno',
      service_referral_declined: 'Upućivanje na uslugu je odbijeno',
      service_referral_delivered: 'Usluga je pružena',
      service_referral_not_delivered: 'Usluga nije pružena',
      service_follow_up_overdue: 'Upućivanju na uslugu je prošao rok za proveru',
      consent_overridden: 'Nedostajuća saglasnost je zaobiđena zbog deteta u opasnosti',
      hit: 'Novi pogodak u drugoj jurisdikciji',
      request_received: 'Novi zahtev',
      urgent_alert: 'HITAN zahtev',
      request_acknowledged: 'Prijem vašeg zahteva je potvrđen',
      request_answered: 'Na vaš zahtev je odgovoreno',
      reply: 'Novi odgovor',
      request_closed: 'Zahtev je zatvoren',
      request_reopened: 'Zahtev je ponovo otvoren',
    },
  },
};
