/**
 * Notifications in Bosnian: only the words where it differs from Serbian (sr-Latn.ts); the rest is
 * taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const bs: Changes<Texts> = {
  notifications: {
    seeDashboard: 'pogledaj pregled',
    title: 'Obavještenja',
    unread_one: '{{count}} nepročitano obavještenje',
    unread_few: '{{count}} nepročitana obavještenja',
    unread_other: '{{count}} nepročitanih obavještenja',
    kinds: {
      analysis_increase: 'Rano upozorenje: broj je porastao više nego što njegova historija objašnjava',
      analysis_new_modus_operandi:
        'Rano upozorenje: modus operandi nov za dvije jurisdikcije u roku od mjesec dana',
      request_received: 'Novi zahtjev',
      urgent_alert: 'HITAN zahtjev',
      request_acknowledged: 'Prijem vašeg zahtjeva je potvrđen',
      request_answered: 'Na vaš zahtjev je odgovoreno',
      request_closed: 'Zahtjev je zatvoren',
      request_reopened: 'Zahtjev je ponovo otvoren',
      action_due_in_7: 'Zadatku vaše agencije rok ističe za manje od sedmicu dana',
    },
  },
};
