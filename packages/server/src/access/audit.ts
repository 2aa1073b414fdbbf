/**
 * The audit log: append-only and hash-chained. Each entry's hash is SHA-256 over the previous
 * entry's hash and the entry's canonical content, so a changed, inserted or removed entry breaks
 * the chain from that point on; `veza audit verify` walks it.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@veza/core';
import { asc, gt, sql } from 'drizzle-orm';
import { type Database, rowsOf, type Tx } from '../db/connection.ts';
import { auditLog } from '../db/schema.ts';
import type { Actor, ActorContext } from './actor.ts';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditAction =
  | 'sign_in'
  | 'sign_out'
  | 'password_change'
  | 'totp_enrol'
  | 'totp_disable'
  | 'create'
  | 'update'
  | 'delete'
  | 'read'
  | 'settings'
  | 'merge'
  | 'unmerge'
  | 'reject';

export interface AuditEntryInput {
  readonly actor?: Pick<Actor, 'userId' | 'username' | 'jurisdiction'> | null;
  /** Whose log the entry belongs to; defaults to the actor's jurisdiction. */
  readonly jurisdiction?: string | null;
  readonly action: AuditAction;
  readonly outcome?: 'success' | 'failure' | 'refused';
  readonly recordType?: string | null;
  readonly recordId?: string | null;
  readonly purpose?: string | null;
  readonly address?: string | null;
  readonly details?: Record<string, unknown>;
}

interface ChainedEntry {
  seq: number;
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  jurisdiction: string | null;
  action: string;
  outcome: string;
  recordType: string | null;
  recordId: string | null;
  purpose: string | null;
  address: string | null;
  details: unknown;
}

export { canonicalJson };

export function entryHash(prevHash: string, entry: ChainedEntry): string {
  const content = canonicalJson({ ...entry, at: entry.at.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** Appends one entry inside the caller's transaction: it is kept exactly when the change it records is. */
export async function appendAudit(tx: Tx, at: Date, input: AuditEntryInput): Promise<void> {
  const head = rowsOf<{ seq: number | string; hash: string }>(
    await tx.execute(sql`select * from veza_audit_head()`),
  )[0];
  const prevHash = head?.hash ?? GENESIS_HASH;
  const entry: ChainedEntry = {
    seq: Number(head?.seq ?? 0) + 1,
    at,
    actorId: input.actor?.userId ?? null,
    actorUsername: input.actor?.username ?? null,
    jurisdiction: input.jurisdiction === undefined ? (input.actor?.jurisdiction ?? null) : input.jurisdiction,
    action: input.action,
    outcome: input.outcome ?? 'success',
    recordType: input.recordType ?? null,
    recordId: input.recordId ?? null,
    purpose: input.purpose ?? null,
    address: input.address ?? null,
    details: input.details ?? {},
  };
  const hash = entryHash(prevHash, entry);
  await tx.execute(sql`select veza_audit_append(${entry.seq}, ${entry.at.toISOString()}::timestamptz, ${entry.actorId}::uuid,
    ${entry.actorUsername}, ${entry.jurisdiction}, ${entry.action}, ${entry.outcome}, ${entry.recordType}, ${entry.recordId},
    ${entry.purpose}, ${entry.address}, ${JSON.stringify(entry.details)}::jsonb, ${prevHash}, ${hash})`);
}

/**
 * An entry of the actor's transaction: kept for the commit when the transaction defers its entries
 * (withActor and withSession do), else appended now.
 */
export async function auditInTransaction(ctx: ActorContext, input: AuditEntryInput): Promise<void> {
  if (ctx.pendingAudit) ctx.pendingAudit.push({ at: ctx.now, input });
  else await appendAudit(ctx.tx, ctx.now, input);
}

/**
 * Appends the transaction's deferred entries, in the order they were made, as its last statements:
 * the chain's lock (veza_audit_head) is taken here and released by the commit right after, so that
 * audited requests wait for each other's append and commit, not for each other's work.
 */
export async function flushAudit(ctx: ActorContext): Promise<void> {
  const pending = ctx.pendingAudit?.splice(0) ?? [];
  for (const { at, input } of pending) await appendAudit(ctx.tx, at, input);
}

/** What a signed-in actor does, other than reading (`recordRead`); signing in has no actor yet. */
export type ChangeAction = Exclude<AuditAction, 'sign_in' | 'read'>;

/**
 * The entry of a change the context's actor made (create, update, delete, settings, merge…), from
 * where they made it: what every feature writes after a change, so that none builds the entry itself.
 * `recordId` is null for a change to a collection or a setting rather than to one record.
 */
export function recordChange(
  ctx: ActorContext,
  action: ChangeAction,
  recordType: string,
  recordId: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  return auditInTransaction(ctx, {
    actor: ctx.actor,
    action,
    recordType,
    recordId,
    address: ctx.address,
    details,
  });
}

export type AuditVerification =
  | { ok: true; entries: number; head: string }
  | { ok: false; entries: number; seq: number; problem: string };

/** Walks the whole chain in order and reports the first entry that is missing or does not match its hash. */
export async function verifyAuditChain(database: Database, batchSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const batch = await database.db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (batch.length === 0) return { ok: true, entries: checked, head: prevHash };
    for (const row of batch) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        return {
          ok: false,
          entries: checked,
          seq: expectedSeq,
          problem: `entry ${expectedSeq} is missing (next is ${seq})`,
        };
      }
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          entries: checked,
          seq,
          problem: `entry ${seq} does not point to the hash of entry ${seq - 1}`,
        };
      }
      const { hash, prevHash: _prev, ...content } = row;
      if (entryHash(prevHash, { ...content, seq }) !== hash) {
        return { ok: false, entries: checked, seq, problem: `entry ${seq} was changed after it was written` };
      }
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
}
