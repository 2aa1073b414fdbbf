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
    seeActionPoint: 'see the follow-up',
    openCase: 'open the case',
    seeServices: 'see the services asked of you',
    seeDashboard: 'see the dashboard',
    kinds: {
      analysis_increase: 'Early warning: a count rose beyond what its history explains',
      analysis_new_modus_operandi: 'Early warning: a modus operandi new to two jurisdictions within a month',
      reflection_ends_in_7: 'The reflection period of a protection case ends in 7 days',
      reflection_ends_in_2: 'The reflection period of a protection case ends in 2 days',
      action_due_in_7: 'An action point of your agency is due within a week',
      action_due_today: 'An action point of your agency is due today',
      action_overdue: 'An action point of your agency is overdue',
      protection_approval_requested: 'A protection decision waits for your approval',
      protection_approval_approved: 'Your protection decision was approved',
      protection_approval_rejected: 'Your protection decision was rejected',
      service_referral_received: 'A service referral for your agency',
      service_referral_accepted: 'A service referral was accepted',
      service_referral_declined: 'A service referral was declined',
      service_referral_delivered: 'A service was delivered',
      service_referral_not_delivered: 'A service was not delivered',
      service_follow_up_overdue: 'A service referral is past its follow-up date',
      consent_overridden: 'A missing consent was overridden for a child at risk',
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
