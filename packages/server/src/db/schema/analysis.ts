/**
 * Analysis: the facts the dashboards, maps, warnings and statistics count, one row per case, per
 * person in a case and per leg of a case's route, each with the case's filterable dimensions
 * copied onto it so that a dashboard query reads one table. They hold no names, no documents and
 * no free text. Triggers on the records mark a changed case stale (migration 0033); the analysis
 * round recomputes stale cases' facts every half minute (veza_refresh_analysis).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';

/** The dimensions of a case every fact carries, for filtering: one value each (and its forms of exploitation). */
const caseScalars = () => ({
  jurisdiction: text('jurisdiction').notNull(),
  caseId: uuid('case_id').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  /** When the case was opened: the day, its ISO week's Monday, its month (YYYY-MM) and year. */
  openedOn: date('opened_on', { mode: 'string' }).notNull(),
  week: date('week', { mode: 'string' }).notNull(),
  month: text('month').notNull(),
  year: integer('year').notNull(),
  caseType: text('case_type').notNull(),
  exploitationTypes: text('exploitation_types').array().notNull().default(sql`'{}'::text[]`),
});

/**
 * The dimensions a case has several values of, carried by the facts of cases and legs. The facts
 * of persons leave them out (they would repeat them for every person, most of the table's size);
 * a chart of people filtered by one of them takes it from the case's facts.
 */
const caseArrays = () => ({
  modusOperandi: text('modus_operandi').array().notNull().default(sql`'{}'::text[]`),
  crossings: text('crossings').array().notNull().default(sql`'{}'::text[]`),
  /** Each leg as FROM>TO (country codes). */
  legs: text('legs').array().notNull().default(sql`'{}'::text[]`),
  transports: text('transports').array().notNull().default(sql`'{}'::text[]`),
  /** Of the case's victims, presumed victims and smuggled migrants. */
  nationalities: text('nationalities').array().notNull().default(sql`'{}'::text[]`),
  sexes: text('sexes').array().notNull().default(sql`'{}'::text[]`),
  ageBands: text('age_bands').array().notNull().default(sql`'{}'::text[]`),
});

const caseDimensions = () => ({ ...caseScalars(), ...caseArrays() });

export const analysisCases = pgTable(
  'analysis_cases',
  {
    ...caseDimensions(),
    status: text('status').notNull(),
    /** The countries the case's legs reach (the TO of each leg), once each. */
    arrivals: text('arrivals').array().notNull().default(sql`'{}'::text[]`),
    /**
     * The case's people as the facts of persons count them, one element per person, the four arrays
     * in the same order: so that a chart of people filtered by what the case has several of reads
     * one row per case instead of joining the case to each person.
     */
    peopleRoles: text('people_roles').array().notNull().default(sql`'{}'::text[]`),
    peopleSexes: text('people_sexes').array().notNull().default(sql`'{}'::text[]`),
    peopleAgeBands: text('people_age_bands').array().notNull().default(sql`'{}'::text[]`),
    peopleNationalities: text('people_nationalities').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.caseId] }),
    index('analysis_cases_period_idx').on(t.jurisdiction, t.year, t.week),
  ],
);

/** A person's role in a case: victims, presumed victims, smuggled migrants and suspects. */
export const analysisPersons = pgTable(
  'analysis_persons',
  {
    ...caseScalars(),
    caseRoleId: uuid('case_role_id').notNull(),
    role: text('role').notNull(),
    sex: text('sex').notNull(),
    ageBand: text('age_band').notNull(),
    /** The first recorded nationality, or 'unknown'. */
    nationality: text('nationality').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseRoleId] }),
    index('analysis_persons_period_idx').on(t.jurisdiction, t.year, t.week),
    index('analysis_persons_case_idx').on(t.caseId),
  ],
);

export const analysisLegs = pgTable(
  'analysis_legs',
  {
    ...caseDimensions(),
    legId: uuid('leg_id').notNull(),
    fromCountry: text('from_country').notNull(),
    toCountry: text('to_country').notNull(),
    leg: text('leg').notNull(),
    crossingId: text('crossing_id'),
    transport: text('transport'),
    feeAmount: numeric('fee_amount', { precision: 12, scale: 2, mode: 'number' }),
    feeCurrency: text('fee_currency'),
    /** Victims, presumed victims and smuggled migrants of the case: the people the leg moved. */
    people: integer('people').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.legId] }),
    index('analysis_legs_period_idx').on(t.jurisdiction, t.year, t.week),
    index('analysis_legs_case_idx').on(t.caseId),
  ],
);

/** Cases whose facts are to be recomputed: marked by triggers, emptied by the analysis round. */
export const analysisStale = pgTable('analysis_stale', {
  caseId: uuid('case_id').primaryKey(),
  markedAt: timestamptz('marked_at').notNull().defaultNow(),
});

/** A jurisdiction's choices for what it publishes: rounding of shown counts (none, 5 or 10). */
export const analysisSettings = pgTable('analysis_settings', {
  jurisdiction: text('jurisdiction').primaryKey(),
  roundTo: integer('round_to'),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/**
 * Early warnings: a weekly count beyond what its history explains (kind increase), or a modus
 * operandi new to two jurisdictions within a month (kind new_modus_operandi), once per series
 * and week. Coordinators of the jurisdiction are told, and the region's coordinators as an aggregate.
 */
export const analysisWarnings = pgTable(
  'analysis_warnings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdiction: text('jurisdiction').notNull(),
    kind: text('kind').notNull(),
    /** The filter the series is counted by (crossing, leg, nationality, modusOperandi) and its value. */
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    /** The Monday of the week of the warning, and of the first week above the expected level. */
    week: date('week', { mode: 'string' }).notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
    expected: numeric('expected', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    threshold: integer('threshold').notNull(),
    /** For a new modus operandi: the other jurisdictions where it appeared within the month. */
    alsoIn: text('also_in').array().notNull().default(sql`'{}'::text[]`),
    raisedAt: timestamptz('raised_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('analysis_warnings_once_idx').on(t.jurisdiction, t.kind, t.dimension, t.value, t.week),
    index('analysis_warnings_recent_idx').on(t.jurisdiction, t.raisedAt),
  ],
);
