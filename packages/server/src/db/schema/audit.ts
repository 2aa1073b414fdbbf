/** The audit chain. */
import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';

/**
 * Append-only, hash-chained: each entry's hash covers its content and the previous entry's hash.
 * The application role cannot insert directly; it goes through veza_audit_append().
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamptz('at').notNull(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    jurisdiction: text('jurisdiction'),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    purpose: text('purpose'),
    address: text('address'),
    details: jsonb('details').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_jurisdiction_idx').on(t.jurisdiction, t.seq)],
);

/* ─── Investigation records ─────────────────────────────────────────────────────────────────── */
