/** The analysis dashboard as the server sends it: protected counts, never a record. */
import { z } from 'zod';
import { AnalysisFilters, CHART_KEYS } from '../analysis/dimensions.ts';

export const ReleasedCell = z.object({
  key: z.string(),
  /** null: withheld (under the threshold, or to protect another count). */
  count: z.number().int().nullable(),
  /** A regional count: the sum of what each jurisdiction published, some of whose counts were withheld. */
  atLeast: z.boolean(),
});
export type ReleasedCell = z.infer<typeof ReleasedCell>;

export const ReleasedChart = z.object({
  key: z.enum(CHART_KEYS as [string, ...string[]]),
  unit: z.enum(['cases', 'people', 'screenings', 'requests', 'hits']),
  cells: z.array(ReleasedCell),
  /** The total of an additive chart (units in exactly one category); null when withheld or none. */
  total: z.number().int().nullable(),
  totalAtLeast: z.boolean(),
});
export type ReleasedChart = z.infer<typeof ReleasedChart>;

export const FeeSummary = z.object({
  leg: z.string(),
  currency: z.string(),
  /** How many fees were recorded for the leg: at least the threshold, or the leg is not listed. */
  fees: z.number().int(),
  median: z.number(),
  lowerQuartile: z.number(),
  upperQuartile: z.number(),
});
export type FeeSummary = z.infer<typeof FeeSummary>;

export const Dashboard = z.object({
  /** jurisdiction: the analyst's own records; region: the sum of each jurisdiction's protected counts. */
  scope: z.enum(['jurisdiction', 'region']),
  jurisdiction: z.string(),
  filters: AnalysisFilters,
  threshold: z.number().int(),
  roundTo: z.number().int().nullable(),
  /** Cases changed but not yet counted (they are within the next half minute). */
  pending: z.number().int(),
  charts: z.array(ReleasedChart),
  fees: z.array(FeeSummary),
});
export type Dashboard = z.infer<typeof Dashboard>;
