/**
 * Screenings: frontline screeners and caseworkers record them; an agency's screeners and
 * caseworkers see its screenings; the jurisdiction's coordinators see all of it; the parties to a
 * referral (a request that links a screening) see that one; analysts see counts only.
 * Row-level security (drizzle/0019_screenings_access.sql) draws the same line.
 */
import { may } from '@veza/core';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { requestLinks, screenings } from '../../db/schema.ts';
import { type Actor, hasRole } from '../actor.ts';
import type { Policy } from '../policy.ts';

export const recordsScreenings = (actor: Actor) => may(actor.roles, 'recordScreenings');

export function visibleScreenings(actor: Actor): SQL {
  const referred = sql`${screenings.id} in (select ${requestLinks.recordId} from ${requestLinks} where ${requestLinks.kind} = 'screening')`;
  if (hasRole(actor, 'coordinator'))
    return sql`(${eq(screenings.jurisdiction, actor.jurisdiction)} or ${referred})`;
  if (recordsScreenings(actor))
    return sql`(${and(eq(screenings.jurisdiction, actor.jurisdiction), eq(screenings.agencyId, actor.agencyId))} or ${referred})`;
  return referred;
}

/** A screening as the policy reads it: whose it is, and whether a referral links it (its parties see it). */
export interface ScreeningRecord {
  readonly jurisdiction: string;
  readonly agencyId: string;
  readonly referred: boolean;
}

/** Reading one screening (recording and listing go through recordsScreenings and visibleScreenings). */
export const screeningPolicy: Policy<ScreeningRecord> = {
  sees: (actor, s) => seesScreening(actor, s, s.referred),
  may: { read: (actor, s) => seesScreening(actor, s, s.referred) },
};

export function seesScreening(
  actor: Actor,
  row: { jurisdiction: string; agencyId: string },
  referred: boolean,
) {
  if (referred) return true;
  if (row.jurisdiction !== actor.jurisdiction) return false;
  return hasRole(actor, 'coordinator') || (recordsScreenings(actor) && row.agencyId === actor.agencyId);
}
