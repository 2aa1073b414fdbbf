/** Investigation records: cases, the roles persons have in them, vehicles, the route of legs across border crossings, events and attachments. */
import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, ownership, timestamptz } from './columns.ts';
import { agencies } from './directory.ts';
import { persons } from './persons.ts';

/** The last case number given per jurisdiction and year, for references such as RS-2026-0042. */
export const caseCounters = pgTable(
  'case_counters',
  {
    jurisdiction: text('jurisdiction').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jurisdiction, t.year] })],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    reference: text('reference').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    investigationOn: date('investigation_on', { mode: 'string' }),
    prosecutedOn: date('prosecuted_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    title: text('title').notNull(),
    summary: text('summary'),
    handlingConditions: text('handling_conditions'),
    modusOperandi: text('modus_operandi').array().notNull().default(sql`'{}'::text[]`),
    exploitationTypes: text('exploitation_types').array().notNull().default(sql`'{}'::text[]`),
    /** Where an imported case came from, so that importing the same file again adds nothing. */
    sourceKey: text('source_key'),
  },
  (t) => [
    uniqueIndex('cases_reference_idx').on(t.jurisdiction, t.reference),
    uniqueIndex('cases_source_key_idx').on(t.jurisdiction, t.sourceKey),
    index('cases_opened_idx').on(t.jurisdiction, t.openedOn),
  ],
);

export const caseLinks = pgTable(
  'case_links',
  {
    jurisdiction: text('jurisdiction').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    linkedCaseId: uuid('linked_case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.linkedCaseId] }),
    index('case_links_linked_idx').on(t.linkedCaseId),
  ],
);

/** A person's role in a case; one person may be a victim in one case and a suspect in another. */
export const caseRoles = pgTable(
  'case_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    role: text('role').notNull(),
    perpetratorRoles: text('perpetrator_roles').array().notNull().default(sql`'{}'::text[]`),
    details: text('details'),
  },
  (t) => [
    uniqueIndex('case_roles_unique_idx').on(t.caseId, t.personId, t.role),
    index('case_roles_person_idx').on(t.personId),
  ],
);

export const vehicles = pgTable(
  'vehicles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    plateNormalised: text('plate_normalised').notNull(),
    plateOriginal: text('plate_original').notNull(),
    country: text('country'),
    make: text('make'),
    model: text('model'),
    colour: text('colour'),
    notes: text('notes'),
  },
  (t) => [
    index('vehicles_plate_idx').on(t.jurisdiction, t.plateNormalised),
    index('vehicles_case_idx').on(t.caseId),
  ],
);

/** The region's border crossing points: reference data, the same for every jurisdiction (migration 0006). */
export const borderCrossings = pgTable('border_crossings', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  localNames: text('local_names').notNull(),
  countries: text('countries').array().notNull(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
});

export const routeLegs = pgTable(
  'route_legs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    fromPlace: text('from_place'),
    fromCountry: text('from_country').notNull(),
    toPlace: text('to_place'),
    toCountry: text('to_country').notNull(),
    crossingId: text('crossing_id').references(() => borderCrossings.id, { onDelete: 'restrict' }),
    departedOn: text('departed_on'),
    arrivedOn: text('arrived_on'),
    transportMode: text('transport_mode'),
    feeAmount: numeric('fee_amount', { precision: 12, scale: 2, mode: 'number' }),
    feeCurrency: text('fee_currency'),
    facilitatorPersonId: uuid('facilitator_person_id').references(() => persons.id, { onDelete: 'set null' }),
    notes: text('notes'),
  },
  (t) => [
    index('route_legs_case_idx').on(t.caseId, t.position),
    index('route_legs_crossing_idx').on(t.jurisdiction, t.crossingId),
    index('route_legs_facilitator_idx').on(t.facilitatorPersonId),
  ],
);

/** HTCDS historic trafficking events: recruitment, transit, exploitation, with place and date. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    date: text('date'),
    place: text('place'),
    country: text('country'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    description: text('description'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId)],
);

/** Files attached to a case, kept in the database beside the case and under the same access rules. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    /** Detected from the bytes, never taken from the upload's own claim. */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);
