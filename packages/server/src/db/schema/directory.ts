/** The regional directory: agencies and their contact points. */
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ownership } from './columns.ts';

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
