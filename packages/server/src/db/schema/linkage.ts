/** Linkage across jurisdictions: matching models, hit/no-hit encodings and references, hits. */
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { vehicles } from './cases.ts';
import { timestamptz } from './columns.ts';
import { persons } from './persons.ts';

/**
 * The matching model of one scope (a jurisdiction's duplicate search, or 'region': the hit/no-hit
 * matcher, which learns from the hit decisions of every side), version by version: what the
 * investigators' decisions taught it (level counts only, never a record), the weights it scored
 * with when it was estimated, and whether it is the one in use. A new version comes with new
 * decisions; a coordinator can bring back an earlier one, which pauses learning until resumed.
 */
export const matchingModels = pgTable(
  'matching_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scope: text('scope').notNull(),
    version: integer('version').notNull(),
    active: boolean('active').notNull().default(false),
    /** learnt (from decisions, or the first estimate) or restored (an earlier version brought back). */
    reason: text('reason').notNull(),
    /** The version a restored one copies. */
    restoredFrom: uuid('restored_from'),
    /** While true, new decisions are kept but not learnt from. */
    learningPaused: boolean('learning_paused').notNull().default(false),
    /** LabelCounts of @veza/core: the decisions as level counts. */
    labels: jsonb('labels').notNull(),
    sameDecisions: integer('same_decisions').notNull(),
    differentDecisions: integer('different_decisions').notNull(),
    /** Each field's levels with m, u and weight, as estimated for this version. */
    weights: jsonb('weights').notNull(),
    /** The calibration: knots and pairs (Calibration of @veza/core; versions before 2026-12 store slope and intercept). */
    calibration: jsonb('calibration').notNull(),
    /** The persons the model was estimated on. */
    records: integer('records').notNull(),
    estimatedAt: timestamptz('estimated_at').notNull().defaultNow(),
    /** Who brought this version in: null for the system (learning after decisions). */
    changedBy: uuid('changed_by'),
  },
  (t) => [
    uniqueIndex('matching_models_version_idx').on(t.scope, t.version),
    uniqueIndex('matching_models_active_idx').on(t.scope).where(sql`active`),
  ],
);

/**
 * Hit/no-hit across jurisdictions. A person's opaque reference: all the matcher knows of them. It
 * says nothing (random), and only the owning jurisdiction can turn it back into the person.
 */
export const matchReferences = pgTable(
  'match_references',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => persons.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    reference: uuid('reference').notNull().defaultRandom(),
  },
  (t) => [uniqueIndex('match_references_reference_idx').on(t.reference)],
);

/** A vehicle's opaque reference, as for persons. */
export const matchVehicleReferences = pgTable(
  'match_vehicle_references',
  {
    vehicleId: uuid('vehicle_id')
      .primaryKey()
      .references(() => vehicles.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    reference: uuid('reference').notNull().defaultRandom(),
  },
  (t) => [uniqueIndex('match_vehicle_references_reference_idx').on(t.reference)],
);

/** The matcher's store: encodings and opaque references only. The application role has no access. */
export const matchEncodings = pgTable(
  'match_encodings',
  {
    reference: uuid('reference').primaryKey(),
    /** person or vehicle. */
    kind: text('kind').notNull().default('person'),
    jurisdiction: text('jurisdiction').notNull(),
    encoding: jsonb('encoding').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('match_encodings_jurisdiction_idx').on(t.jurisdiction)],
);

/** A hit between records of two jurisdictions: references, band and kinds of evidence, each side's decision. */
export const hits = pgTable(
  'hits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** person or vehicle: what both references stand for. */
    kind: text('kind').notNull().default('person'),
    referenceA: uuid('reference_a').notNull(),
    jurisdictionA: text('jurisdiction_a').notNull(),
    referenceB: uuid('reference_b').notNull(),
    jurisdictionB: text('jurisdiction_b').notNull(),
    probability: doublePrecision('probability').notNull(),
    band: text('band').notNull(),
    evidence: text('evidence').array().notNull(),
    /** The pair's comparison levels (pattern code) and frequency adjustment: what a decision teaches the matcher. */
    pattern: integer('pattern'),
    frequencyWeight: doublePrecision('frequency_weight'),
    foundAt: timestamptz('found_at').notNull().defaultNow(),
    /** new, not_relevant or confirmed, for each side. */
    statusA: text('status_a').notNull().default('new'),
    statusB: text('status_b').notNull().default('new'),
    decidedA: timestamptz('decided_a'),
    decidedB: timestamptz('decided_b'),
  },
  (t) => [
    uniqueIndex('hits_pair_idx').on(t.referenceA, t.referenceB),
    index('hits_jurisdiction_a_idx').on(t.jurisdictionA),
    index('hits_jurisdiction_b_idx').on(t.jurisdictionB),
  ],
);

/** Whether a jurisdiction takes part in hit/no-hit; paused, its encodings are withdrawn. */
export const hitParticipation = pgTable('hit_participation', {
  jurisdiction: text('jurisdiction').primaryKey(),
  paused: boolean('paused').notNull().default(false),
  changedBy: uuid('changed_by'),
  changedAt: timestamptz('changed_at').notNull().defaultNow(),
});
