/**
 * What the analysis dashboards count and how they may be filtered: the one list the server's
 * queries and the web page's filters, charts and tables both read.
 *
 * Three kinds of unit are counted, each in its own charts, and a chart says which:
 * - cases (investigation cases opened), by month, week, type, modus operandi, exploitation type,
 *   border crossing, route leg and transport mode (a case with two modi operandi counts in both);
 * - people moved (victims, presumed victims and smuggled migrants of the cases), by nationality,
 *   sex and age band (children apart), and everyone in the cases by role;
 * - screenings, by outcome and vulnerability.
 * Fees are the median and the middle half (quartiles) of the fees paid per leg, shown only where
 * at least ten fees were recorded: a minimum or maximum would be one person's fee.
 */
import { z } from 'zod';
import { CASE_TYPES, EXPLOITATION_TYPES, MODUS_OPERANDI } from '../model/case.ts';
import { SEXES } from '../model/person.ts';
import { TRANSPORT_MODES } from '../model/route.ts';

/** Age bands at the day the case was opened (the lowest age a partial birth date allows). */
export const AGE_BANDS = ['0-11', '12-17', '18-24', '25-34', '35-44', '45+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const CHILD_AGE_BANDS: readonly AgeBand[] = ['0-11', '12-17'];

/** The band of an age in whole years (null: unknown). The database's veza_age_band is the same rule. */
export function ageBandOf(age: number | null): AgeBand {
  if (age === null || age < 0) return 'unknown';
  if (age < 12) return '0-11';
  if (age < 18) return '12-17';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  return '45+';
}

export const MOVED_ROLES = ['victim', 'presumed_victim', 'smuggled_migrant'] as const;
export const COUNTED_ROLES = [...MOVED_ROLES, 'suspect'] as const;

/**
 * The filters of the dashboards and maps. Each holds one value; a case passes when it has that
 * value (a crossing among its legs' crossings, a nationality among its people's). On people and
 * legs, the filter on their own attribute (a person's nationality, a leg's crossing) is exact.
 */
export const ANALYSIS_FILTERS = [
  'year',
  'crossing',
  'leg',
  'nationality',
  'sex',
  'ageBand',
  'modusOperandi',
  'exploitation',
  'transport',
  'caseType',
] as const;
export type AnalysisFilter = (typeof ANALYSIS_FILTERS)[number];

/** At most this many filters at once: each combination of them is a release to protect. */
export const MOST_FILTERS = 4;

const Country = z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code');

/** The filters' fields; AnalysisFilters adds the rule on how many at once. */
export const AnalysisFilterFields = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  crossing: z.string().trim().min(1).max(60).optional(),
  leg: z
    .string()
    .regex(/^[A-Z]{2}>[A-Z]{2}$/, 'a leg is FROM>TO, two country codes (AL>ME)')
    .optional(),
  nationality: Country.optional(),
  sex: z.enum(SEXES).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  modusOperandi: z.enum(MODUS_OPERANDI).optional(),
  exploitation: z.enum(EXPLOITATION_TYPES).optional(),
  transport: z.enum(TRANSPORT_MODES).optional(),
  caseType: z.enum(CASE_TYPES).optional(),
});

/** No more than MOST_FILTERS filters set: the refinement of any schema that holds the filters. */
export function fewEnoughFilters<T extends z.ZodType<Partial<Record<AnalysisFilter, unknown>>>>(schema: T) {
  return schema.refine((f) => ANALYSIS_FILTERS.filter((k) => f[k] !== undefined).length <= MOST_FILTERS, {
    message: `at most ${MOST_FILTERS} filters at once`,
    path: ['filters'],
  });
}

export const AnalysisFilters = fewEnoughFilters(AnalysisFilterFields);
export type AnalysisFilters = z.infer<typeof AnalysisFilters>;

/** The filters set, in the fixed order of ANALYSIS_FILTERS (the order the releases are built in). */
export function activeFilters(filters: AnalysisFilters): [AnalysisFilter, string][] {
  return ANALYSIS_FILTERS.flatMap((key) => {
    const v = filters[key];
    return v === undefined ? [] : [[key, String(v)] as [AnalysisFilter, string]];
  });
}

export type ChartUnit = 'cases' | 'people' | 'screenings' | 'requests' | 'hits';

/**
 * The charts of the dashboard. `additive`: each unit is in exactly one category, so a total is
 * published beside the categories; otherwise a unit may count in several and there is no total.
 * `filtered`: the dashboard's filters apply (screenings, hits and requests follow the year only).
 */
export const CHARTS = {
  month: { unit: 'cases', additive: true, filtered: true },
  week: { unit: 'cases', additive: true, filtered: true },
  jurisdiction: { unit: 'cases', additive: true, filtered: true },
  caseType: { unit: 'cases', additive: true, filtered: true },
  modusOperandi: { unit: 'cases', additive: false, filtered: true },
  exploitation: { unit: 'cases', additive: false, filtered: true },
  crossing: { unit: 'cases', additive: false, filtered: true },
  leg: { unit: 'cases', additive: false, filtered: true },
  transport: { unit: 'cases', additive: false, filtered: true },
  nationality: { unit: 'people', additive: true, filtered: true },
  sex: { unit: 'people', additive: true, filtered: true },
  arrival: { unit: 'cases', additive: false, filtered: true },
  ageBand: { unit: 'people', additive: true, filtered: true },
  role: { unit: 'people', additive: true, filtered: true },
  screeningOutcome: { unit: 'screenings', additive: true, filtered: false },
  vulnerability: { unit: 'screenings', additive: false, filtered: false },
  requests: { unit: 'requests', additive: true, filtered: false },
  hits: { unit: 'hits', additive: true, filtered: false },
} as const satisfies Record<string, { unit: ChartUnit; additive: boolean; filtered: boolean }>;
export type ChartKey = keyof typeof CHARTS;
export const CHART_KEYS = Object.keys(CHARTS) as ChartKey[];

/** The ISO week's Monday of a day (YYYY-MM-DD), as the database's date_trunc('week') gives it. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
