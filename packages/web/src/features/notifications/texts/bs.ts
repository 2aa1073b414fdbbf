/**
 * Notifications in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest is
 * taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  notifications: {
    title: 'Obavještenja',
    unread_one: '{{count}} nepročitano obavještenje',
    unread_few: '{{count}} nepročitana obavještenja',
    unread_other: '{{count}} nepročitanih obavještenja',
    kinds: {
      request_received: 'Novi zahtjev',
      urgent_alert: 'HITAN zahtjev',
      request_acknowledged: 'Prijem vašeg zahtjeva je potvrđen',
      request_answered: 'Na vaš zahtjev je odgovoreno',
      request_closed: 'Zahtjev je zatvoren',
      request_reopened: 'Zahtjev je ponovo otvoren',
    },
  },
};
