/** The audit log: a jurisdiction's admins and coordinators read its entries; nobody changes them. */
import { eq, type SQL } from 'drizzle-orm';
import { type Actor, hasRole } from '../../access/actor.ts';
import { type Owned, type Policy, sameJurisdiction } from '../../access/policy.ts';
import { auditLog } from '../../db/schema.ts';

const isAuditor = (actor: Actor) => hasRole(actor, 'admin', 'coordinator');

export const auditPolicy: Policy<Owned> = {
  sees: (actor, entry) => isAuditor(actor) && sameJurisdiction(actor, entry),
  may: { read: (actor, entry) => isAuditor(actor) && sameJurisdiction(actor, entry) },
};

export function visibleAuditEntries(actor: Actor): SQL {
  return eq(auditLog.jurisdiction, actor.jurisdiction);
}

export { isAuditor };
