/**
 * Knowledge exchange. Practices: a draft is its agency's, a published practice everybody's; its
 * agency's writers change it. Meetings, plans and action points are seen by the jurisdictions that
 * take part; the organiser's agency runs a meeting and only the organiser approves its minutes; an
 * action point's progress is recorded by the owner's agency, the agency that set it, or the
 * coordinators of the owner's jurisdiction.
 */
import { may } from '@veza/core';
import { type SQL, sql } from 'drizzle-orm';
import { actionPlans, actionPoints, meetings, practices } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { hasRole } from '../actor.ts';
import type { Owned, Policy } from '../policy.ts';

export interface PracticeRecord extends Owned {
  readonly agencyId: string;
  readonly status: string;
}
export type PracticeAction = 'read' | 'update' | 'publish' | 'delete' | 'comment' | 'attach';

const ownAgency = (actor: Actor, record: { agencyId: string }) => record.agencyId === actor.agencyId;
const writes = (actor: Actor) => may(actor.roles, 'shareKnowledge');

export const practicePolicy: Policy<PracticeRecord, PracticeAction> = {
  sees: (actor, p) => p.status === 'published' || ownAgency(actor, p),
  may: {
    read: () => true,
    update: (actor, p) => writes(actor) && ownAgency(actor, p),
    attach: (actor, p) => writes(actor) && ownAgency(actor, p),
    publish: (actor, p) => writes(actor) && ownAgency(actor, p) && p.status === 'draft',
    delete: (actor, p) => writes(actor) && ownAgency(actor, p) && p.status === 'draft',
    comment: (actor) => writes(actor),
  },
};

export interface MeetingRecord extends Owned {
  readonly organiserId: string | null;
  readonly organiserAgencyId: string;
  readonly visibleTo: readonly string[];
  readonly minutesStatus: string;
}
export type MeetingAction =
  | 'read'
  | 'update'
  | 'minutes'
  | 'approve_minutes'
  | 'add_action'
  | 'attach'
  | 'delete';

const organises = (actor: Actor, m: MeetingRecord) =>
  m.organiserAgencyId === actor.agencyId && may(actor.roles, 'organiseMeetings');

export const meetingPolicy: Policy<MeetingRecord, MeetingAction> = {
  sees: (actor, m) => m.visibleTo.includes(actor.jurisdiction),
  may: {
    read: () => true,
    update: organises,
    attach: organises,
    add_action: organises,
    delete: organises,
    minutes: (actor, m) => organises(actor, m) && m.minutesStatus !== 'approved',
    approve_minutes: (actor, m) => m.organiserId === actor.userId && m.minutesStatus === 'draft',
  },
};

export interface ActionPointRecord extends Owned {
  readonly ownerAgencyId: string;
  readonly setByAgencyId: string;
  readonly visibleTo: readonly string[];
}
export type ActionPointAction = 'read' | 'progress' | 'update' | 'delete';

const setsActions = (actor: Actor) =>
  may(actor.roles, 'organiseMeetings') || may(actor.roles, 'leadActionPlans');

export const actionPointPolicy: Policy<ActionPointRecord, ActionPointAction> = {
  sees: (actor, a) => a.visibleTo.includes(actor.jurisdiction),
  may: {
    read: () => true,
    progress: (actor, a) =>
      a.ownerAgencyId === actor.agencyId ||
      (a.setByAgencyId === actor.agencyId && setsActions(actor)) ||
      (a.jurisdiction === actor.jurisdiction && hasRole(actor, 'coordinator')),
    update: (actor, a) => a.setByAgencyId === actor.agencyId && setsActions(actor),
    delete: (actor, a) => a.setByAgencyId === actor.agencyId && setsActions(actor),
  },
};

export interface PlanRecord extends Owned {
  readonly agencyId: string;
  readonly leaderAgencyId: string;
  readonly visibleTo: readonly string[];
}
export type PlanAction = 'read' | 'update' | 'add_action';

const leads = (actor: Actor, p: PlanRecord) =>
  (p.agencyId === actor.agencyId || p.leaderAgencyId === actor.agencyId) && setsActions(actor);

export const planPolicy: Policy<PlanRecord, PlanAction> = {
  sees: (actor, p) => p.visibleTo.includes(actor.jurisdiction),
  may: {
    read: () => true,
    update: leads,
    // The coordinators of a participating jurisdiction add their own actions to the plan too.
    add_action: (actor, p) => leads(actor, p) || may(actor.roles, 'leadActionPlans'),
  },
};

/** Listings: published practices and the actor's agency's drafts. */
export function visiblePractices(actor: Actor): SQL {
  return sql`(${practices.status} = 'published' or ${practices.agencyId} = ${actor.agencyId})`;
}

/** Listings of meetings, plans and action points: those the actor's jurisdiction takes part in. */
export const visibleMeetings = (actor: Actor): SQL => sql`${actor.jurisdiction} = any(${meetings.visibleTo})`;
export const visiblePlans = (actor: Actor): SQL => sql`${actor.jurisdiction} = any(${actionPlans.visibleTo})`;
export const visibleActionPoints = (actor: Actor): SQL =>
  sql`${actor.jurisdiction} = any(${actionPoints.visibleTo})`;
