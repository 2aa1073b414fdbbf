/**
 * Knowledge exchange: practices and case briefs (with versions, comments, the cases they draw on),
 * files, meetings (participants, decisions), action plans and action points (with their progress),
 * and calendar feeds.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  customType,
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
import { users } from './accounts.ts';
import { cases } from './cases.ts';
import { bytea, ownership, timestamptz } from './columns.ts';
import { agencies, contactPoints } from './directory.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const emptyArray = sql`'{}'::text[]`;

/**
 * A practice, case brief or lesson learned. A draft is its agency's (row-level security lets only
 * that agency see it); once published every signed-in user in the region reads it. The search
 * columns hold the folded words (core's knowledge/search.ts): a match is found in any of them and
 * ranked by where it is (title, then summary and keywords), then by date.
 */
export const practices = pgTable(
  'practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    authorName: text('author_name').notNull(),
    agencyName: text('agency_name').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('draft'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    /** The brief's sections (facts, background, successes, challenges, lessons), Markdown each. */
    sections: jsonb('sections').notNull().default({}),
    /** `group:value`, e.g. pillars:protection, crimes:smuggling, keywords:… (core's flattenTags). */
    tags: text('tags').array().notNull().default(emptyArray),
    jurisdictions: text('jurisdictions').array().notNull().default(emptyArray),
    language: text('language').notNull(),
    publishedAt: timestamptz('published_at'),
    searchTitle: text('search_title').notNull().default(''),
    /** The summary and keywords. */
    searchLead: text('search_lead').notNull().default(''),
    searchBody: text('search_body').notNull().default(''),
    /** Every word, for finding (the GIN index). */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_lead), 'B') || setweight(to_tsvector('simple'::regconfig, search_body), 'D')`,
    ),
    /** The title and lead only, for ranking: small enough to rank thousands of matches quickly. */
    searchHead: tsvector('search_head').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_lead), 'B')`,
    ),
  },
  (t) => [
    index('practices_search_idx').using('gin', t.searchVector),
    index('practices_tags_idx').using('gin', t.tags),
    index('practices_published_idx').on(t.status, t.publishedAt),
    index('practices_agency_idx').on(t.agencyId, t.updatedAt),
  ],
);

/** Every version of a practice as it was saved: who, when, what changed, and the content then. */
export const practiceVersions = pgTable(
  'practice_versions',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    agencyId: uuid('agency_id').notNull(),
    at: timestamptz('at').notNull(),
    byId: uuid('by_id'),
    byName: text('by_name').notNull(),
    byAgency: text('by_agency').notNull(),
    action: text('action').notNull(),
    fields: text('fields').array().notNull().default(emptyArray),
    restoredFrom: integer('restored_from'),
    /** The content of this version (kind, title, summary, body, sections, tags, jurisdictions, language, caseIds). */
    content: jsonb('content').notNull(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.version] })],
);

export const practiceComments = pgTable(
  'practice_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    /** The commenter's jurisdiction. */
    jurisdiction: text('jurisdiction').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    agencyName: text('agency_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('practice_comments_practice_idx').on(t.practiceId, t.createdAt)],
);

/**
 * A case a practice draws on, with what may be said of it to anyone (type, year, forms of
 * exploitation, modus operandi), copied when linked: the case itself stays in its jurisdiction.
 */
export const practiceCases = pgTable(
  'practice_cases',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    caseType: text('case_type').notNull(),
    year: integer('year'),
    exploitationTypes: text('exploitation_types').array().notNull().default(emptyArray),
    modusOperandi: text('modus_operandi').array().notNull().default(emptyArray),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.caseId] })],
);

/**
 * The region's meetings. `visible_to` is every jurisdiction that takes part (the organiser's, those
 * named, the participants'): row-level security shows a meeting to those only.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    organiserId: uuid('organiser_id').references(() => users.id, { onDelete: 'set null' }),
    organiserName: text('organiser_name').notNull(),
    organiserAgencyId: uuid('organiser_agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    organiserAgencyName: text('organiser_agency_name').notNull(),
    title: text('title').notNull(),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at'),
    place: text('place').notNull(),
    status: text('status').notNull().default('planned'),
    agenda: text('agenda').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    minutesStatus: text('minutes_status').notNull().default('none'),
    minutesApprovedAt: timestamptz('minutes_approved_at'),
    minutesApprovedBy: text('minutes_approved_by'),
    jurisdictions: text('jurisdictions').array().notNull().default(emptyArray),
    visibleTo: text('visible_to').array().notNull(),
    planId: uuid('plan_id').references(() => actionPlans.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('meetings_visible_idx').using('gin', t.visibleTo),
    index('meetings_starts_idx').on(t.startsAt),
  ],
);

export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    contactPointId: uuid('contact_point_id')
      .notNull()
      .references(() => contactPoints.id, { onDelete: 'restrict' }),
    agencyId: uuid('agency_id').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    name: text('name').notNull(),
    function: text('function').notNull(),
    agencyName: text('agency_name').notNull(),
    status: text('status').notNull().default('invited'),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.contactPointId] }),
    index('meeting_participants_agency_idx').on(t.agencyId),
  ],
);

export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId, t.position)],
);

/** An action plan (per year or per theme), after EMPACT's operational actions: a leader, participants. */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    year: integer('year'),
    theme: text('theme').notNull().default(''),
    leaderContactPointId: uuid('leader_contact_point_id').references(() => contactPoints.id, {
      onDelete: 'set null',
    }),
    leaderName: text('leader_name').notNull(),
    leaderAgencyName: text('leader_agency_name').notNull(),
    leaderJurisdiction: text('leader_jurisdiction').notNull(),
    leaderAgencyId: uuid('leader_agency_id').notNull(),
    jurisdictions: text('jurisdictions').array().notNull().default(emptyArray),
    visibleTo: text('visible_to').array().notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [index('action_plans_visible_idx').using('gin', t.visibleTo)],
);

/**
 * An action point: decided at a meeting or set in a plan, owned by a contact point of the
 * directory, due on a date. `jurisdiction` is the owner's; `visible_to` adds the participating
 * jurisdictions and those of its meeting or plan.
 */
export const actionPoints = pgTable(
  'action_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    decisionId: uuid('decision_id').references(() => meetingDecisions.id, { onDelete: 'set null' }),
    planId: uuid('plan_id').references(() => actionPlans.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerContactPointId: uuid('owner_contact_point_id').references(() => contactPoints.id, {
      onDelete: 'set null',
    }),
    ownerName: text('owner_name').notNull(),
    ownerAgencyId: uuid('owner_agency_id').notNull(),
    ownerAgencyName: text('owner_agency_name').notNull(),
    jurisdictions: text('jurisdictions').array().notNull().default(emptyArray),
    visibleTo: text('visible_to').array().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    result: text('result').notNull().default(''),
    doneAt: timestamptz('done_at'),
    /** Who set it (the organiser, the plan's author): told with the owner when it falls due. */
    setBy: uuid('set_by').references(() => users.id, { onDelete: 'set null' }),
    setByAgencyId: uuid('set_by_agency_id').notNull(),
  },
  (t) => [
    index('action_points_visible_idx').using('gin', t.visibleTo),
    index('action_points_due_idx').on(t.status, t.dueOn),
    index('action_points_meeting_idx').on(t.meetingId),
    index('action_points_plan_idx').on(t.planId),
    index('action_points_owner_idx').on(t.ownerAgencyId),
  ],
);

export const actionProgress = pgTable(
  'action_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionPointId: uuid('action_point_id')
      .notNull()
      .references(() => actionPoints.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    at: timestamptz('at').notNull(),
    byId: uuid('by_id').references(() => users.id, { onDelete: 'set null' }),
    byName: text('by_name').notNull(),
    byAgency: text('by_agency').notNull(),
    note: text('note').notNull().default(''),
    statusFrom: text('status_from'),
    statusTo: text('status_to'),
  },
  (t) => [index('action_progress_point_idx').on(t.actionPointId, t.at)],
);

/** Files of a practice or of a meeting (agenda papers, presentations), checked like a case's. */
export const knowledgeFiles = pgTable(
  'knowledge_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdiction: text('jurisdiction').notNull(),
    practiceId: uuid('practice_id').references(() => practices.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    index('knowledge_files_practice_idx').on(t.practiceId),
    index('knowledge_files_meeting_idx').on(t.meetingId),
  ],
);

/** A user's calendar feed: the SHA-256 of its secret token (the address a calendar subscribes to). */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash)],
);
