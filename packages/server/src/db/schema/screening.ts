/** Screening: instruments, screenings, declined screenings and referral pathways. */
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ownership, timestamptz } from './columns.ts';
import { agencies, contactPoints } from './directory.ts';
import { persons } from './persons.ts';

/**
 * Screening instruments, versioned per jurisdiction: a version once published never changes, and
 * every screening points to the version it used. The shipped instrument is there from the start.
 */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdiction: text('jurisdiction').notNull(),
    /** The instrument's own id (for example veza_rapid_screening) and version. */
    key: text('key').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamptz('published_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('instruments_version_idx').on(t.jurisdiction, t.key, t.version)],
);

/**
 * A screening: the answers, the result the server computed from them with the instrument version
 * used, and consent. The id is made by the client, so that a screening recorded offline reaches the
 * server exactly once however often it is sent.
 */
export const screenings = pgTable(
  'screenings',
  {
    id: uuid('id').primaryKey(),
    ...ownership(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instruments.id, { onDelete: 'restrict' }),
    interviewLanguage: text('interview_language').notNull(),
    screenerLanguage: text('screener_language').notNull(),
    /** When the interview took place (on the screener's device), and when it reached the server. */
    conductedAt: timestamptz('conducted_at').notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
    place: text('place'),
    answers: jsonb('answers').notNull(),
    result: jsonb('result').notNull(),
    outcome: text('outcome').notNull(),
    /** The person record this screening is about, once linked or created. */
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [
    index('screenings_agency_idx').on(t.agencyId, t.conductedAt),
    index('screenings_jurisdiction_idx').on(t.jurisdiction, t.conductedAt),
  ],
);

/** People who declined to be screened: a count per agency and day, nothing else about them. */
export const screeningDeclines = pgTable(
  'screening_declines',
  {
    jurisdiction: text('jurisdiction').notNull(),
    agencyId: uuid('agency_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.jurisdiction, t.agencyId, t.day] })],
);

/** Declines already counted, by the client's id, so that a resent decline is not counted twice. */
export const screeningDeclineIds = pgTable('screening_decline_ids', {
  id: uuid('id').primaryKey(),
  jurisdiction: text('jurisdiction').notNull(),
  receivedAt: timestamptz('received_at').notNull().defaultNow(),
});

/**
 * A jurisdiction's referral pathways: for each action a screening can recommend (shelter, medical
 * care, child protection, legal aid, asylum information, psychosocial support, formal
 * identification), the agency, and if need be the contact point, that provides it.
 */
export const referralPathways = pgTable(
  'referral_pathways',
  {
    jurisdiction: text('jurisdiction').notNull(),
    action: text('action').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    contactPointId: uuid('contact_point_id').references(() => contactPoints.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.jurisdiction, t.action] })],
);
