/**
 * The database schema. Every table that holds personal data carries its jurisdiction, agency,
 * handling code, who created and last changed it and when, and a version for optimistic locking.
 * Row-level security, the application role and the audit functions are in the hand-written
 * migration beside the generated ones (drizzle/0001_access.sql).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Columns every jurisdiction-owned record carries. */
const ownership = () => ({
  jurisdiction: text('jurisdiction').notNull(),
  handlingCode: text('handling_code').notNull().default('H0'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    type: text('type').notNull(),
    address: text('address'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull(),
  },
  (t) => [index('agencies_jurisdiction_idx').on(t.jurisdiction)],
);

export const contactPoints = pgTable(
  'contact_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    function: text('function').notNull(),
    taskForce: text('task_force'),
    phoneE164: text('phone_e164'),
    phoneOriginal: text('phone_original'),
    email: text('email'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    availability: jsonb('availability').notNull(),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    index('contact_points_jurisdiction_idx').on(t.jurisdiction),
    index('contact_points_agency_idx').on(t.agencyId),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    roles: text('roles').array().notNull(),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamptz('password_changed_at').notNull().defaultNow(),
    locale: text('locale'),
    disabledAt: timestamptz('disabled_at'),
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamptz('totp_enabled_at'),
    /** The 30-second step of the last code accepted: a code is good once, not twice within its window. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex('users_username_idx').on(t.username),
    index('users_jurisdiction_idx').on(t.jurisdiction),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a database read does not yield a usable session. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
    revokedAt: timestamptz('revoked_at'),
    address: text('address'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull(),
    address: text('address').notNull(),
    at: timestamptz('at').notNull(),
    succeeded: boolean('succeeded').notNull(),
  },
  (t) => [
    index('sign_in_attempts_username_idx').on(t.username, t.at),
    index('sign_in_attempts_address_idx').on(t.address, t.at),
  ],
);

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
