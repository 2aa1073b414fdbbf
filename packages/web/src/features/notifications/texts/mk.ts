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
    seeActionPoint: 'погледнете го следењето',
    openCase: 'отвори го случајот',
    seeServices: 'видете ги услугите побарани од вас',
    seeDashboard: 'види го прегледот',
    kinds: {
      analysis_increase:
        'Рано предупредување: бројка порасна повеќе отколку што објаснува нејзината историја',
      analysis_new_modus_operandi:
        'Рано предупредување: модус операнди нов за две јурисдикции во рок од еден месец',
      reflection_ends_in_7: 'Периодот за опоравување и размислување на случај за заштита истекува за 7 дена',
      reflection_ends_in_2: 'Периодот за опоравување и размислување на случај за заштита истекува за 2 дена',
      action_due_in_7: 'На задача на вашата агенција рокот ѝ истекува за помалку од една недела',
      action_due_today: 'На задача на вашата агенција рокот ѝ истекува денес',
      action_overdue: 'На задача на вашата агенција рокот ѝ помина',
      protection_approval_requested: 'Одлука за заштита чека ваше одобрување',
      protection_approval_approved: 'Вашата одлука за заштита е одобрена',
      protection_approval_rejected: 'Вашата одлука за заштита е одбиена',
      service_referral_received: 'Упатување на услуга за вашата агенција',
      service_referral_accepted: 'Упатувањето на услуга е прифатено',
      service_referral_declined: 'Упатувањето на услуга е одбиено',
      service_referral_delivered: 'Услугата е дадена',
      service_referral_not_delivered: 'Услугата не е дадена',
      service_follow_up_overdue: 'На упатување на услуга му помина рокот за проверка',
      consent_overridden: 'Согласност што недостасува е надмината поради дете во опасност',
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
