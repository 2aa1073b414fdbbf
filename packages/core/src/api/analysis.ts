/** The analysis dashboard as the server sends it: protected counts, never a record. */
import { z } from 'zod';
import { AnalysisFilters, CHART_KEYS } from '../analysis/dimensions.ts';
import { Texts } from '../screening/instrument.ts';

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
  /**
   * The names, in each language, of categories the screening instruments define rather than the
   * interface (the vulnerabilities), from the newest instrument that names each.
   */
  labels: z.record(z.string(), Texts),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const AnalysisWarning = z.object({
  id: z.uuid(),
  jurisdiction: z.string(),
  /** increase: a week's count beyond its history; new_modus_operandi: new to two jurisdictions within a month. */
  kind: z.enum(['increase', 'new_modus_operandi']),
  /** The dashboard filter the series is counted by, and its value (the warning links there). */
  dimension: z.enum(['crossing', 'leg', 'nationality', 'modusOperandi']),
  value: z.string(),
  week: z.string(),
  since: z.string(),
  /** The week's count and what the history expected; null for the region when under 10, and for a new method. */
  count: z.number().int().nullable(),
  expected: z.number().nullable(),
  alsoIn: z.array(z.string()),
  raisedAt: z.string(),
});
export type AnalysisWarning = z.infer<typeof AnalysisWarning>;
