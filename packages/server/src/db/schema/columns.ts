/** Column helpers every part of the schema shares. */
import { boolean, customType, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Columns every jurisdiction-owned record carries. */
export const ownership = () => ({
  jurisdiction: text('jurisdiction').notNull(),
  handlingCode: text('handling_code').notNull().default('H0'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** Raw bytes; PostgreSQL's bytea. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
