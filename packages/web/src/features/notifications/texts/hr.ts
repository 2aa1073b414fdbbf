/**
 * Notifications in Croatian: only the words where it differs from Serbian (sr-Latn.ts); the rest is
 * taken from there.
 */
import type { Changes } from '../../../i18n/texts.ts';
import type { Texts } from './en.ts';

export const hr: Changes<Texts> = {
  notifications: {
    seeDashboard: 'pogledaj pregled',
    title: 'Obavijesti',
    unread_one: '{{count}} nepročitana obavijest',
    unread_few: '{{count}} nepročitane obavijesti',
    unread_other: '{{count}} nepročitanih obavijesti',
    seeHit: 'pogledajte koga pitati',
    kinds: {
      analysis_increase: 'Rano upozorenje: broj je porastao više nego što njegova povijest objašnjava',
      analysis_new_modus_operandi:
        'Rano upozorenje: modus operandi nov za dvije jurisdikcije u roku od mjesec dana',
      reflection_ends_in_7: 'Razdoblje oporavka i razmišljanja u predmetu zaštite istječe za 7 dana',
      reflection_ends_in_2: 'Razdoblje oporavka i razmišljanja u predmetu zaštite istječe za 2 dana',
      action_due_in_7: 'Zadatku vaše agencije rok istječe za manje od tjedan dana',
      action_due_today: 'Zadatku vaše agencije rok istječe danas',
      protection_approval_requested: 'Odluka o zaštiti čeka vaše odobrenje',
      service_referral_received: 'Upućivanje na uslugu za vašu agenciju',
      service_follow_up_overdue: 'Upućivanju na uslugu istekao je rok za provjeru',
      consent_overridden: 'Nedostajuća privola zaobiđena je zbog djeteta u opasnosti',
      request_received: 'Novi zahtjev',
      urgent_alert: 'HITAN zahtjev',
      request_acknowledged: 'Prijem vašeg zahtjeva je potvrđen',
      request_answered: 'Na vaš zahtjev je odgovoreno',
      request_closed: 'Zahtjev je zatvoren',
      request_reopened: 'Zahtjev je ponovno otvoren',
    },
  },
};
