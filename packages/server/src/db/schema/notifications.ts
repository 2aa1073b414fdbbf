/** Notifications in the app and the e-mail outbox. */
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { analysisWarnings } from './analysis.ts';
import { timestamptz } from './columns.ts';
import { actionPoints } from './knowledge.ts';
import { hits } from './linkage.ts';
import { protectionCases } from './protection.ts';
import { requests } from './requests.ts';

/** What is waiting for a user in the app; the same event never notifies a user twice. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    kind: text('kind').notNull(),
    requestId: uuid('request_id').references(() => requests.id, { onDelete: 'cascade' }),
    /** A hit on one of the user's agency's records. */
    hitId: uuid('hit_id').references(() => hits.id, { onDelete: 'cascade' }),
    /** A protection case the user works (its reflection period ending). */
    protectionCaseId: uuid('protection_case_id').references(() => protectionCases.id, {
      onDelete: 'cascade',
    }),
    /** For an early warning: the warning (what changed, by how much, since when). */
    analysisWarningId: uuid('analysis_warning_id').references(() => analysisWarnings.id, {
      onDelete: 'cascade',
    }),
    /** An action point the user's agency owns or the user set, falling due or overdue. */
    actionPointId: uuid('action_point_id').references(() => actionPoints.id, { onDelete: 'cascade' }),
    eventKey: text('event_key').notNull(),
    urgent: boolean('urgent').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    readAt: timestamptz('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_event_idx').on(t.userId, t.eventKey),
    index('notifications_unread_idx').on(t.userId, t.readAt),
  ],
);

/**
 * E-mails to send, written in the transaction of the event they announce. Each has an
 * idempotency key: the same event never enqueues the same e-mail twice. A deliverer leases a row
 * (locked_until), sends it and marks it delivered; failures back off.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull(),
    recipient: text('recipient').notNull(),
    kind: text('kind').notNull(),
    requestId: uuid('request_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at').notNull().defaultNow(),
    lockedUntil: timestamptz('locked_until'),
    lastError: text('last_error'),
    deliveredAt: timestamptz('delivered_at'),
  },
  (t) => [
    uniqueIndex('outbox_idempotency_idx').on(t.idempotencyKey),
    index('outbox_due_idx').on(t.deliveredAt, t.nextAttemptAt),
  ],
);
