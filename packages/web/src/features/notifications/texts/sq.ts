/** Notifications in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  notifications: {
    title: 'Njoftimet',
    none: 'Asgjë nuk ju pret.',
    unread_one: '{{count}} njoftim i palexuar',
    unread_few: '{{count}} njoftime të palexuara',
    unread_other: '{{count}} njoftime të palexuara',
    unreadMark: 'E re',
    markRead: 'Shëno si të lexuar',
    markAllRead: 'Shëno të gjitha si të lexuara',
    seeHit: 'shihni kë të pyesni',
    kinds: {
      reflection_ends_in_7: 'Periudha e reflektimit e një rasti mbrojtjeje mbaron pas 7 ditësh',
      reflection_ends_in_2: 'Periudha e reflektimit e një rasti mbrojtjeje mbaron pas 2 ditësh',
      hit: 'Përputhje e re në një juridiksion tjetër',
      request_received: 'Kërkesë e re',
      urgent_alert: 'Kërkesë URGJENTE',
      request_acknowledged: 'Kërkesa juaj u konfirmua',
      request_answered: 'Kërkesa juaj mori përgjigje',
      reply: 'Përgjigje e re',
      request_closed: 'Një kërkesë u mbyll',
      request_reopened: 'Një kërkesë u rihap',
    },
  },
};
