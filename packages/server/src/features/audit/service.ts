/** Browsing a jurisdiction's audit log, newest first, a page at a time. */
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { isAuditor, visibleAuditEntries } from '../../access/policies/audit.ts';
import { auditLog } from '../../db/schema.ts';
import { forbidden } from '../../errors.ts';
import type { AuditQuery } from './schema.ts';

export async function browseAudit(ctx: ActorContext, query: AuditQuery) {
  if (!isAuditor(ctx.actor)) throw forbidden('only admins and coordinators may read the audit log');
  const conditions: SQL[] = [visibleAuditEntries(ctx.actor)];
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.outcome) conditions.push(eq(auditLog.outcome, query.outcome));
  if (query.actor) conditions.push(eq(auditLog.actorUsername, query.actor.toLowerCase()));
  if (query.recordType) conditions.push(eq(auditLog.recordType, query.recordType));
  if (query.from) conditions.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) conditions.push(lte(auditLog.at, new Date(query.to)));
  if (query.before) conditions.push(lt(auditLog.seq, query.before));
  const rows = await ctx.tx
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((r) => ({
      seq: Number(r.seq),
      at: r.at.toISOString(),
      actorUsername: r.actorUsername,
      action: r.action,
      outcome: r.outcome,
      recordType: r.recordType,
      recordId: r.recordId,
      purpose: r.purpose,
      address: r.address,
      details: (r.details ?? {}) as Record<string, unknown>,
    })),
    nextBefore: rows.length > query.limit ? Number(page[page.length - 1]!.seq) : null,
  };
}
