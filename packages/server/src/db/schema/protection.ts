/**
 * Victim protection: protection cases through the National Referral Mechanism, the decisions taken
 * at each stage, the consents that gate every share, and each jurisdiction's NRM pathway. The
 * person's identity sits on the case itself, apart from investigation records, so that erasing it
 * at the end of retention leaves the counts intact.
 */
import { boolean, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { ownership, timestamptz } from './columns.ts';
import { agencies } from './directory.ts';
import { requests } from './requests.ts';
import { screenings } from './screening.ts';

/** A jurisdiction's NRM pathway (core NrmPathway): stages, responsible agency types, periods. */
export const protectionPathways = pgTable('protection_pathways', {
  jurisdiction: text('jurisdiction').primaryKey(),
  definition: jsonb('definition').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const protectionCases = pgTable(
  'protection_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    /** The agency that owns the case, its caseworker and their supervisor. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    supervisorId: uuid('supervisor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Where it came from: a screening, a victim-referral request, or neither (opened directly). */
    screeningId: uuid('screening_id').references(() => screenings.id, { onDelete: 'set null' }),
    referralRequestId: uuid('referral_request_id').references(() => requests.id, { onDelete: 'set null' }),
    /** The person, as far as known; erased at the end of retention. */
    givenNames: text('given_names'),
    familyNames: text('family_names'),
    birthDate: text('birth_date'),
    sex: text('sex'),
    nationality: text('nationality'),
    languages: jsonb('languages').notNull().default([]),
    child: boolean('child').notNull().default(false),
    ageInDoubt: boolean('age_in_doubt').notNull().default(false),
    stage: text('stage').notNull().default('referral_received'),
    status: text('status').notNull().default('open'),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    /** The reasonable-grounds decision and the recovery and reflection period it starts. */
    reasonableGrounds: text('reasonable_grounds'),
    reflectionStartsOn: date('reflection_starts_on', { mode: 'string' }),
    reflectionDays: integer('reflection_days'),
    reflectionLastDay: date('reflection_last_day', { mode: 'string' }),
    reflectionExtensions: jsonb('reflection_extensions').notNull().default([]),
    identification: text('identification'),
    bestInterestsDeterminedOn: date('best_interests_determined_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    closureOutcome: text('closure_outcome'),
    closureReason: text('closure_reason'),
    /** A case transferred from another jurisdiction keeps where it came from. */
    originJurisdiction: text('origin_jurisdiction'),
    originCaseId: uuid('origin_case_id'),
    erasedAt: timestamptz('erased_at'),
  },
  (t) => [
    index('protection_cases_agency_idx').on(t.jurisdiction, t.agencyId, t.status, t.openedOn),
    index('protection_cases_owner_idx').on(t.ownerId, t.status),
    index('protection_cases_reflection_idx').on(t.jurisdiction, t.reflectionLastDay),
  ],
);

/** Each stage a case enters and the decision taken there: the case's history. */
export const protectionStageEvents = pgTable(
  'protection_stage_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => protectionCases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    stage: text('stage').notNull(),
    decision: text('decision'),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    /** The agency that took the decision or is responsible for the stage. */
    agencyId: uuid('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    reasons: text('reasons'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('protection_stage_events_case_idx').on(t.caseId, t.recordedAt)],
);

/** Consents per purpose and recipient; the latest for a purpose and recipient decides. */
export const protectionConsents = pgTable(
  'protection_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => protectionCases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    purpose: text('purpose').notNull(),
    recipientAgencyId: uuid('recipient_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    recipientJurisdiction: text('recipient_jurisdiction'),
    service: text('service'),
    status: text('status').notNull(),
    /** The language the consent was explained and given in, and who witnessed it. */
    language: text('language').notNull(),
    witnessedBy: text('witnessed_by'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('protection_consents_case_idx').on(t.caseId, t.purpose)],
);
