/**
 * Reading protected records, through the access layer: openRecord asks the record's policy (a
 * record the actor may not see is not found, one they see but may not read is forbidden) and
 * writes the read to the audit chain in the same transaction, with the purpose the user stated, so
 * that a feature opening a record cannot forget either (as Medplum's repository does). recordRead
 * audits a read whose records a policy's listing filter or an earlier check chose: a list of
 * persons found, an export, a file downloaded.
 */
import type { ActorContext } from './actor.ts';
import { auditInTransaction } from './audit.ts';
import { authorize, type Policy } from './policy.ts';

export interface ReadEntry {
  /** What was read, as the audit log names it (person, user, screening, case_export…). */
  recordType: string;
  recordId?: string | null;
  /** Why, as the user stated it (required to open a person's identity). */
  purpose?: string | null;
  details?: Record<string, unknown>;
}

export async function recordRead(ctx: ActorContext, entry: ReadEntry): Promise<void> {
  await auditInTransaction(ctx, {
    actor: ctx.actor,
    action: 'read',
    recordType: entry.recordType,
    recordId: entry.recordId ?? null,
    purpose: entry.purpose ?? null,
    address: ctx.address,
    ...(entry.details ? { details: entry.details } : {}),
  });
}

/** The record, once its policy lets the actor read it and the read is in the audit chain. */
export async function openRecord<R, A extends string = 'read'>(
  ctx: ActorContext,
  policy: Policy<R, A | 'read'>,
  record: R | undefined,
  what: string,
  entry: ReadEntry,
): Promise<R> {
  const allowed = authorize<R, A | 'read'>(policy, ctx.actor, 'read', record, what);
  await recordRead(ctx, entry);
  return allowed;
}
