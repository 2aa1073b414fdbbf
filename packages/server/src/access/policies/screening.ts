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

export const recordsScreenings = (actor: Actor) => may(actor.roles, 'recordScreenings');

export function visibleScreenings(actor: Actor): SQL {
  const referred = sql`${screenings.id} in (select ${requestLinks.recordId} from ${requestLinks} where ${requestLinks.kind} = 'screening')`;
  if (hasRole(actor, 'coordinator'))
    return sql`(${eq(screenings.jurisdiction, actor.jurisdiction)} or ${referred})`;
  if (recordsScreenings(actor))
    return sql`(${and(eq(screenings.jurisdiction, actor.jurisdiction), eq(screenings.agencyId, actor.agencyId))} or ${referred})`;
  return referred;
}

export function seesScreening(
  actor: Actor,
  row: { jurisdiction: string; agencyId: string },
  referred: boolean,
) {
  if (referred) return true;
  if (row.jurisdiction !== actor.jurisdiction) return false;
  return hasRole(actor, 'coordinator') || (recordsScreenings(actor) && row.agencyId === actor.agencyId);
}
