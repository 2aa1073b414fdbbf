/**
 * Investigation records (cases, persons, their roles, vehicles): investigators, prosecutors and
 * coordinators of the owning jurisdiction read them; investigators and prosecutors change them.
 * Analysts see aggregates only, admins run accounts, screeners and caseworkers work elsewhere.
 */
import { may } from '@veza/core';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../actor.ts';
import { type Owned, type Policy, sameJurisdiction } from '../policy.ts';

const reads = (actor: Actor) => may(actor.roles, 'readInvestigationRecords');
const writes = (actor: Actor) => may(actor.roles, 'writeInvestigationRecords');

export const investigationPolicy: Policy<Owned> = {
  sees: (actor, record) => reads(actor) && sameJurisdiction(actor, record),
  may: {
    read: (actor, record) => reads(actor) && sameJurisdiction(actor, record),
    create: (actor, record) => writes(actor) && sameJurisdiction(actor, record),
    update: (actor, record) => writes(actor) && sameJurisdiction(actor, record),
    delete: (actor, record) => writes(actor) && sameJurisdiction(actor, record),
  },
};

/** The listing filter: the actor's jurisdiction for those who read investigation records, nothing for the rest. */
export function visibleInvestigationRecords(actor: Actor, jurisdiction: PgColumn): SQL {
  return reads(actor) ? eq(jurisdiction, actor.jurisdiction) : sql`false`;
}

export { reads as readsInvestigations };
