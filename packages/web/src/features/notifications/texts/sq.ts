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
    openCase: 'hap rastin',
    seeServices: 'shihni shërbimet e kërkuara nga ju',
    seeDashboard: 'shiko panelin',
    kinds: {
      analysis_increase: 'Paralajmërim i hershëm: një numër u rrit përtej asaj që shpjegon historia e tij',
      analysis_new_modus_operandi:
        'Paralajmërim i hershëm: një modus operandi i ri në dy juridiksione brenda një muaji',
      reflection_ends_in_7: 'Periudha e reflektimit e një rasti mbrojtjeje mbaron pas 7 ditësh',
      reflection_ends_in_2: 'Periudha e reflektimit e një rasti mbrojtjeje mbaron pas 2 ditësh',
      protection_approval_requested: 'Një vendim mbrojtjeje pret miratimin tuaj',
      protection_approval_approved: 'Vendimi juaj i mbrojtjes u miratua',
      protection_approval_rejected: 'Vendimi juaj i mbrojtjes u refuzua',
      service_referral_received: 'Një referim shërbimi për agjencinë tuaj',
      service_referral_accepted: 'Një referim shërbimi u pranua',
      service_referral_declined: 'Një referim shërbimi u refuzua',
      service_referral_delivered: 'Një shërbim u ofrua',
      service_referral_not_delivered: 'Një shërbim nuk u ofrua',
      service_follow_up_overdue: 'Një referim shërbimi ka kaluar datën e ndjekjes',
      consent_overridden: 'U anashkalua një pëlqim që mungonte për një fëmijë në rrezik',
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
