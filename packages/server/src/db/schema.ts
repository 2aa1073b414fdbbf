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
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
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
    /** Where notification e-mails go (they say only that something is waiting). */
    email: text('email'),
    /**
     * The key that encrypts what this user's devices keep while offline (screenings waiting to be
     * sent). It stays here, not on the device next to what it protects.
     */
    deviceQueueKey: text('device_queue_key'),
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

/* ─── Investigation records ─────────────────────────────────────────────────────────────────── */

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
  (t) => [primaryKey({ columns: [t.caseId, t.linkedCaseId] })],
);

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

/** Raw bytes; PostgreSQL's bytea. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

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
