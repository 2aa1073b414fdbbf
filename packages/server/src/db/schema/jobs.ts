/**
 * Background jobs, stored so that each runs once across every server process, survives a restart
 * and is retried with backoff (jobs/runner.ts). A job names its queue and a key (the jurisdiction
 * whose persons changed, or the round's name): at most one job of a key waits at a time, so a burst
 * of changes makes one run. No personal data: the key is a jurisdiction or a round.
 */
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';

export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    queue: text('queue').notNull(),
    key: text('key').notNull(),
    payload: jsonb('payload').notNull().default({}),
    /** waiting, running, failed (given up after its last attempt). */
    state: text('state').notNull().default('waiting'),
    /** A job that recurs runs again this often after each run (the rounds); null: once. */
    everyMs: integer('every_ms'),
    runAt: timestamptz('run_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(8),
    /** Who runs it, and until when: a process that dies leaves the job to another once this passes. */
    lockedBy: text('locked_by'),
    lockedUntil: timestamptz('locked_until'),
    lastError: text('last_error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    startedAt: timestamptz('started_at'),
  },
  (t) => [
    uniqueIndex('jobs_one_waiting_idx').on(t.queue, t.key).where(sql`state = 'waiting'`),
    index('jobs_due_idx').on(t.state, t.runAt),
  ],
);
