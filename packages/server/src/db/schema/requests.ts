/** Operational requests between agencies: links, messages, shares, attachments, events. */
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, ownership, timestamptz } from './columns.ts';
import { agencies, contactPoints } from './directory.ts';

/**
 * Operational requests between agencies. The request belongs to the sending side (jurisdiction,
 * from_agency_id); row-level security lets the two agencies and the two jurisdictions'
 * coordinators see it, nobody else.
 */
export const requests = pgTable(
  'requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    fromAgencyId: uuid('from_agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    toJurisdiction: text('to_jurisdiction').notNull(),
    toAgencyId: uuid('to_agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    toContactPointId: uuid('to_contact_point_id').references(() => contactPoints.id, {
      onDelete: 'set null',
    }),
    /** Whether the addressed contact point answers around the clock: an urgent request to it is an alert. */
    toAlwaysAvailable: boolean('to_always_available').notNull().default(false),
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    priority: text('priority').notNull(),
    language: text('language').notNull(),
    status: text('status').notNull().default('draft'),
    deadline: timestamptz('deadline'),
    sentAt: timestamptz('sent_at'),
    acknowledgedAt: timestamptz('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedByName: text('acknowledged_by_name'),
    startedAt: timestamptz('started_at'),
    answeredAt: timestamptz('answered_at'),
    closedAt: timestamptz('closed_at'),
    /** An urgent alert's repeated notifications: how many went out, and when the last did. */
    alertCount: integer('alert_count').notNull().default(0),
    lastAlertAt: timestamptz('last_alert_at'),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [
    index('requests_from_idx').on(t.fromAgencyId, t.createdAt),
    index('requests_to_idx').on(t.toAgencyId, t.sentAt),
    index('requests_jurisdictions_idx').on(t.jurisdiction, t.toJurisdiction),
  ],
);

/** Records of the sender's that a request is about: a case, a person, a hit. */
export const requestLinks = pgTable(
  'request_links',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    recordId: uuid('record_id').notNull(),
    /** The jurisdiction that holds the record. */
    jurisdiction: text('jurisdiction').notNull(),
    /** What the holder calls it (case reference, person's name); shown to the holder's side only. */
    label: text('label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.kind, t.recordId] }),
    index('request_links_record_idx').on(t.kind, t.recordId),
  ],
);

/** Replies in a request's thread, from either side, each under its own handling code. */
export const requestMessages = pgTable(
  'request_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    agencyId: uuid('agency_id').notNull(),
    authorId: uuid('author_id').notNull(),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    handlingCode: text('handling_code').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('request_messages_request_idx').on(t.requestId, t.createdAt)],
);

/**
 * Fields of a record its owner shared in a reply: a snapshot, under the reply's handling code,
 * with where it came from (origin: the chain of sharers and forwarders, first one first).
 */
export const requestShares = pgTable(
  'request_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => requestMessages.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fields: text('fields').array().notNull(),
    snapshot: jsonb('snapshot').notNull(),
    handlingCode: text('handling_code').notNull(),
    origin: jsonb('origin').notNull(),
    sharedBy: uuid('shared_by').notNull(),
    sharedAt: timestamptz('shared_at').notNull().defaultNow(),
  },
  (t) => [index('request_shares_request_idx').on(t.requestId)],
);

/** Files attached to a request or to one of its replies. */
export const requestAttachments = pgTable(
  'request_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => requestMessages.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('request_attachments_request_idx').on(t.requestId)],
);

/** A request's timeline: sent, acknowledged, in progress, replied, shared, answered, closed, reopened. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    at: timestamptz('at').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    jurisdiction: text('jurisdiction'),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.at)],
);
