/** Network charts: what an investigator saved of the network (its seeds, expansions, layout), and who it is shared with. */
import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { ownership, timestamptz } from './columns.ts';

/**
 * A saved chart holds no record: only how to rebuild it (ChartDefinition in core), so that each
 * viewer sees it through their own access, as the records are now.
 */
export const networkCharts = pgTable(
  'network_charts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...ownership(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    definition: jsonb('definition').notNull(),
  },
  (t) => [index('network_charts_owner_idx').on(t.jurisdiction, t.ownerId)],
);

export const networkChartShares = pgTable(
  'network_chart_shares',
  {
    chartId: uuid('chart_id')
      .notNull()
      .references(() => networkCharts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jurisdiction: text('jurisdiction').notNull(),
    sharedBy: uuid('shared_by').notNull(),
    sharedAt: timestamptz('shared_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.chartId, t.userId] }),
    index('network_chart_shares_user_idx').on(t.userId),
  ],
);
