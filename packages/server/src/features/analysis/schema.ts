/** What the analysis routes take and give: core's shapes, and the query of a dashboard. */
import { AnalysisFilterFields, CHART_KEYS, type ChartKey, fewEnoughFilters } from '@veza/core';
import { z } from 'zod';

export { AnalysisWarning, Dashboard } from '@veza/core/api/analysis';

const ChartList = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const keys = v.split(',').map((k) => k.trim());
    const unknown = keys.filter((k) => !(CHART_KEYS as string[]).includes(k));
    if (unknown.length) {
      ctx.addIssue({
        code: 'custom',
        message: `no chart ${unknown.join(', ')}; charts are ${CHART_KEYS.join(', ')}`,
      });
      return z.NEVER;
    }
    return keys as ChartKey[];
  });

export const DashboardQuery = fewEnoughFilters(AnalysisFilterFields.extend({ charts: ChartList }));

export const ChartCsvQuery = fewEnoughFilters(
  AnalysisFilterFields.extend({ chart: z.enum(CHART_KEYS as [ChartKey, ...ChartKey[]]) }),
);

export const AnalysisSettings = z.object({
  /** Publish shown counts rounded to this base; null: as they are. */
  roundTo: z.union([z.literal(5), z.literal(10)]).nullable(),
});
export type AnalysisSettings = z.infer<typeof AnalysisSettings>;

export const StatisticsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  who: z.enum(['victims', 'suspects']).default('victims'),
});
