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
    kinds: {
      reflection_ends_in_7: 'Period oporavka i razmišljanja u slučaju zaštite ističe za 7 dana',
      reflection_ends_in_2: 'Period oporavka i razmišljanja u slučaju zaštite ističe za 2 dana',
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
