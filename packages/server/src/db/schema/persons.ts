/** Persons of investigation records: names and their search keys, phones, documents, possible duplicates and merges. */
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
import { ownership, timestamptz } from './columns.ts';
import { agencies } from './directory.ts';

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    /** The first recorded name, as written: what lists show. */
    displayName: text('display_name').notNull(),
    sex: text('sex').notNull().default('unknown'),
    /** YYYY, YYYY-MM or YYYY-MM-DD. */
    birthDate: text('birth_date'),
    birthYear: integer('birth_year'),
    birthDatePresumed: boolean('birth_date_presumed').notNull().default(false),
    nationalities: text('nationalities').array().notNull().default(sql`'{}'::text[]`),
    socialHandles: jsonb('social_handles').notNull().default(sql`'[]'::jsonb`),
    notes: text('notes'),
    sourceKey: text('source_key'),
    /** Set when this person was merged into another: the record stays, for undo, but is not listed. */
    mergedInto: uuid('merged_into'),
  },
  (t) => [
    index('persons_jurisdiction_idx').on(t.jurisdiction),
    uniqueIndex('persons_source_key_idx').on(t.jurisdiction, t.sourceKey),
  ],
);

export const personNames = pgTable(
  'person_names',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdiction: text('jurisdiction').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    givenNames: text('given_names').notNull(),
    familyNames: text('family_names').notNull(),
    script: text('script').notNull(),
  },
  (t) => [index('person_names_person_idx').on(t.personId)],
);

/** One row per word of every name of a person, with its search keys (packages/core/src/names/keys.ts). */
export const personNameKeys = pgTable(
  'person_name_keys',
  {
    jurisdiction: text('jurisdiction').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    plain: text('plain').notNull(),
    cross: text('cross').notNull(),
    skeleton: text('skeleton').notNull(),
  },
  (t) => [
    // plain and cross are in the "C" collation (migration 0003), so these indexes serve prefix ranges.
    index('person_name_keys_plain_idx').on(t.jurisdiction, t.plain),
    index('person_name_keys_cross_idx').on(t.jurisdiction, t.cross),
    index('person_name_keys_skeleton_idx').on(t.jurisdiction, t.skeleton),
    index('person_name_keys_person_idx').on(t.personId),
  ],
);

export const personPhones = pgTable(
  'person_phones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdiction: text('jurisdiction').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    e164: text('e164').notNull(),
    original: text('original').notNull(),
  },
  (t) => [
    index('person_phones_e164_idx').on(t.jurisdiction, t.e164),
    index('person_phones_person_idx').on(t.personId),
  ],
);

export const personDocuments = pgTable(
  'person_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdiction: text('jurisdiction').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    numberNormalised: text('number_normalised').notNull(),
    numberOriginal: text('number_original').notNull(),
    issuingCountry: text('issuing_country'),
    expiresOn: text('expires_on'),
  },
  (t) => [
    index('person_documents_number_idx').on(t.jurisdiction, t.numberNormalised),
    index('person_documents_person_idx').on(t.personId),
  ],
);

/**
 * Two persons of one jurisdiction the linkage engine thinks may be one: found in the background
 * after persons are recorded or imported, with the explanation of the score, until someone merges
 * them or says they are not the same. person_id < other_person_id, so a pair is stored once.
 */
export const personDuplicates = pgTable(
  'person_duplicates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdiction: text('jurisdiction').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    otherPersonId: uuid('other_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    probability: doublePrecision('probability').notNull(),
    /** The engine's PairExplanation: prior, total and each field's level and weight. */
    explanation: jsonb('explanation').notNull(),
    /** open, merged or rejected. */
    status: text('status').notNull().default('open'),
    foundAt: timestamptz('found_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [
    uniqueIndex('person_duplicates_pair_idx').on(t.personId, t.otherPersonId),
    index('person_duplicates_other_idx').on(t.otherPersonId),
    index('person_duplicates_jurisdiction_idx').on(t.jurisdiction, t.status),
  ],
);

/** A merge of one person into another, with what it moved, so that it can be undone. */
export const personMerges = pgTable(
  'person_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdiction: text('jurisdiction').notNull(),
    keptPersonId: uuid('kept_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    mergedPersonId: uuid('merged_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    duplicateId: uuid('duplicate_id').references(() => personDuplicates.id, { onDelete: 'set null' }),
    /** The ids of the rows the merge added to the kept person and the case roles it moved. */
    moved: jsonb('moved').notNull(),
    mergedBy: uuid('merged_by').notNull(),
    mergedAt: timestamptz('merged_at').notNull().defaultNow(),
    undoneBy: uuid('undone_by'),
    undoneAt: timestamptz('undone_at'),
  },
  (t) => [
    index('person_merges_kept_idx').on(t.keptPersonId),
    index('person_merges_merged_idx').on(t.mergedPersonId),
  ],
);
