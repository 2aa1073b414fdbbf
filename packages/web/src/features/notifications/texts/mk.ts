/** Notifications in Macedonian. */
import type { Texts } from './en.ts';

export const mk: Texts = {
  notifications: {
    title: 'Известувања',
    none: 'Ништо не ве чека.',
    unread_one: '{{count}} непрочитано известување',
    unread_few: '{{count}} непрочитани известувања',
    unread_other: '{{count}} непрочитани известувања',
    unreadMark: 'Ново',
    markRead: 'Означи како прочитано',
    markAllRead: 'Означи ги сите како прочитани',
    seeHit: 'видете кого да прашате',
    kinds: {
      reflection_ends_in_7: 'Периодот за опоравување и размислување на случај за заштита истекува за 7 дена',
      reflection_ends_in_2: 'Периодот за опоравување и размислување на случај за заштита истекува за 2 дена',
      hit: 'Нов погодок во друга јурисдикција',
      request_received: 'Ново барање',
      urgent_alert: 'ИТНО барање',
      request_acknowledged: 'Приемот на вашето барање е потврден',
      request_answered: 'На вашето барање е одговорено',
      reply: 'Нов одговор',
      request_closed: 'Барање е затворено',
      request_reopened: 'Барање е повторно отворено',
    },
  },
};
