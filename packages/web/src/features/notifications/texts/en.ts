/** Notifications: the English texts, the reference every other language matches key for key. */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  notifications: {
    title: 'Notifications',
    none: 'Nothing is waiting for you.',
    unread_one: '{{count}} unread notification',
    unread_few: '{{count}} unread notifications',
    unread_other: '{{count}} unread notifications',
    unreadMark: 'New',
    markRead: 'Mark as read',
    markAllRead: 'Mark all as read',
    seeHit: 'see whom to ask',
    kinds: {
      reflection_ends_in_7: 'The reflection period of a protection case ends in 7 days',
      reflection_ends_in_2: 'The reflection period of a protection case ends in 2 days',
      hit: 'New hit in another jurisdiction',
      request_received: 'New request',
      urgent_alert: 'URGENT request',
      request_acknowledged: 'Your request was acknowledged',
      request_answered: 'Your request was answered',
      reply: 'New reply',
      request_closed: 'A request was closed',
      request_reopened: 'A request was reopened',
    },
  },
};

export type Texts = Leaves<typeof en>;
