/** The audit log: a jurisdiction's admins and coordinators read its entries; nobody changes them (RLS and a trigger). */
import { eq, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema.ts';
import { type Actor, hasRole } from '../actor.ts';

/** Who reads a jurisdiction's audit log: its admins and coordinators. */
export const isAuditor = (actor: Actor) => hasRole(actor, 'admin', 'coordinator');

export function visibleAuditEntries(actor: Actor): SQL {
  return eq(auditLog.jurisdiction, actor.jurisdiction);
}
