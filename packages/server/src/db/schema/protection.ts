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
    bestInterestsDeterminedBy: text('best_interests_determined_by'),
    bestInterestsAssessedOn: date('best_interests_assessed_on', { mode: 'string' }),
    /** A child's guardian (Directive 2011/36/EU art. 14(2), 16(3)). */
    guardianName: text('guardian_name'),
    guardianAppointedOn: date('guardian_appointed_on', { mode: 'string' }),
    ageAssessments: jsonb('age_assessments').notNull().default([]),
    closedOn: date('closed_on', { mode: 'string' }),
    closureOutcome: text('closure_outcome'),
    closureReason: text('closure_reason'),
    /** A case transferred from another jurisdiction keeps where it came from. */
    originJurisdiction: text('origin_jurisdiction'),
    originCaseId: uuid('origin_case_id'),
    originChain: jsonb('origin_chain').notNull().default([]),
    /** Kept past its retention period after review, until this day, for the reason given. */
    retentionHoldUntil: date('retention_hold_until', { mode: 'string' }),
    retentionHoldReason: text('retention_hold_reason'),
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

/** Needs assessments, the latest first: the adult or the child form, each area rated. */
export const protectionAssessments = pgTable(
  'protection_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => protectionCases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    form: text('form').notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    needs: jsonb('needs').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('protection_assessments_case_idx').on(t.caseId, t.recordedAt)],
);

/** Case plans: goals per area of need; each version goes to the supervisor for approval. */
export const protectionPlans = pgTable(
  'protection_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => protectionCases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    goals: jsonb('goals').notNull(),
    status: text('status').notNull().default('pending'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('protection_plans_case_idx').on(t.caseId, t.recordedAt)],
);

/** A decision waiting for the supervisor: a reasonable-grounds decision, a plan or a closure. */
export const protectionApprovals = pgTable(
  'protection_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => protectionCases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    kind: text('kind').notNull(),
    /** What takes effect on approval: the decision as the caseworker proposed it. */
    proposal: jsonb('proposal').notNull(),
    status: text('status').notNull().default('pending'),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: timestamptz('requested_at').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamptz('decided_at'),
    comment: text('comment'),
  },
  (t) => [
    index('protection_approvals_case_idx').on(t.caseId, t.requestedAt),
    index('protection_approvals_pending_idx').on(t.jurisdiction, t.status),
  ],
);

/**
 * A service referral to a provider from the directory. What the provider sees is `shared`: the
 * fields its service needs, copied when the referral is made, and nothing else of the case.
 */
export const protectionServiceReferrals = pgTable(
  'protection_service_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => protectionCases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    providerAgencyId: uuid('provider_agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    service: text('service').notNull(),
    status: text('status').notNull().default('proposed'),
    reason: text('reason'),
    note: text('note'),
    shared: jsonb('shared').notNull(),
    /** By when the caseworker follows it up; past it, still open, it is overdue. */
    followUpOn: date('follow_up_on', { mode: 'string' }).notNull(),
    overdueAlertedOn: date('overdue_alerted_on', { mode: 'string' }),
    /** Made without consent under an override the law allows. */
    overrideId: uuid('override_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamptz('created_at').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('protection_service_referrals_case_idx').on(t.caseId),
    index('protection_service_referrals_provider_idx').on(t.providerAgencyId, t.status),
    index('protection_service_referrals_follow_up_idx').on(t.jurisdiction, t.status, t.followUpOn),
  ],
);

/** The case shared with another agency of the jurisdiction (investigators, under consent to cooperate). */
export const protectionShares = pgTable(
  'protection_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => protectionCases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    purpose: text('purpose').notNull(),
    fields: jsonb('fields').notNull(),
    shared: jsonb('shared').notNull(),
    overrideId: uuid('override_id'),
    sharedBy: uuid('shared_by').notNull(),
    sharedAt: timestamptz('shared_at').notNull(),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [index('protection_shares_agency_idx').on(t.agencyId, t.revokedAt)],
);

/** A supervisor's override of a missing consent, where the law allows it, with the reason. */
export const protectionConsentOverrides = pgTable('protection_consent_overrides', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => protectionCases.id, { onDelete: 'cascade' }),
  jurisdiction: text('jurisdiction').notNull(),
  purpose: text('purpose').notNull(),
  recipientAgencyId: uuid('recipient_agency_id'),
  ground: text('ground').notNull(),
  reason: text('reason').notNull(),
  authorizedBy: uuid('authorized_by').notNull(),
  authorizedAt: timestamptz('authorized_at').notNull(),
});

/**
 * A case handed over to another jurisdiction's protection agency through a victim-referral request:
 * the consented fields travel on the transfer; accepting it opens a case there.
 */
export const protectionTransfers = pgTable(
  'protection_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => protectionCases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    toJurisdiction: text('to_jurisdiction').notNull(),
    toAgencyId: uuid('to_agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    requestId: uuid('request_id').references(() => requests.id, { onDelete: 'set null' }),
    fields: jsonb('fields').notNull(),
    shared: jsonb('shared').notNull(),
    /** The jurisdictions and cases the person came through before this one, oldest first. */
    originChain: jsonb('origin_chain').notNull().default([]),
    status: text('status').notNull().default('proposed'),
    reason: text('reason'),
    newCaseId: uuid('new_case_id'),
    proposedBy: uuid('proposed_by').notNull(),
    proposedAt: timestamptz('proposed_at').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [
    index('protection_transfers_case_idx').on(t.caseId),
    index('protection_transfers_to_idx').on(t.toJurisdiction, t.toAgencyId, t.status),
  ],
);
