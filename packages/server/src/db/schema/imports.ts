/**
 * Imports started from the web app: the file's rows, kept only until the import ends, and its
 * progress and report, so that whichever server process runs the import (a job, jobs/index.ts) and
 * whichever the page asks, the author sees the same. Each user sees only their own.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { timestamptz } from './columns.ts';

export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    filename: text('filename').notNull(),
    /** The column mapping (ImportMapping). */
    mapping: jsonb('mapping').notNull(),
    dryRun: boolean('dry_run').notNull().default(false),
    skipBad: boolean('skip_bad').notNull().default(false),
    /** The file as read (headers and rows): removed when the import ends, whatever its outcome. */
    rows: jsonb('rows'),
    /** The address the author started it from, for the audit of what it creates. */
    address: text('address'),
    /** waiting, running, done, failed, cancelled. */
    status: text('status').notNull().default('waiting'),
    /** The author asked to stop it: the process running it stops before it commits. */
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull(),
    report: jsonb('report'),
    error: text('error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    index('imports_user_idx').on(t.userId),
    index('imports_finished_idx').on(t.finishedAt).where(sql`finished_at is not null`),
  ],
);
