/**
 * The analysis dashboard: counts from the analysis facts (db/schema/analysis.ts), each chart
 * counted under every combination of the filters set (one scan, one filtered count per
 * combination) and released through core's disclosure lattice, so that no count under the
 * threshold is shown and none can be had by taking one filter off or putting one on. A regional
 * (REG) analyst's counts are the sums of what each jurisdiction's own release shows: a count some
 * jurisdiction withheld makes the regional count "at least".
 */
import {
  AGE_BANDS,
  type AnalysisFilter,
  type AnalysisFilters,
  activeFilters,
  CASE_TYPES,
  CHART_KEYS,
  CHARTS,
  type ChartKey,
  COUNTED_ROLES,
  csvTable,
  EXPLOITATION_TYPES,
  eurostatAge,
  eurostatCitizen,
  eurostatExploit,
  eurostatSex,
  JURISDICTIONS,
  MODUS_OPERANDI,
  OUTCOMES,
  REQUEST_TYPES,
  SEXES,
  statisticsTables,
  TRANSPORT_MODES,
} from '@veza/core';
import type { Dashboard, FeeSummary, ReleasedCell, ReleasedChart } from '@veza/core/api/analysis';
import { type ReleasedCounts, releases } from '@veza/core/disclosure';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { rowsOf } from '../../db/connection.ts';
import { analysisSettings } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

/** Below this, a count is not shown (the Counter Trafficking Data Collaborative's rule). */
export const THRESHOLD = 10;
const NATIONAL = JURISDICTIONS.filter((j) => j !== 'REG');

type FactTable = 'analysis_cases' | 'analysis_persons' | 'analysis_legs';

/** How a chart is counted from the facts: the table, the category, and whose rows. */
interface Counting {
  readonly table: FactTable;
  /** The category of a row: a column, or a set-returning expression for categories a case has several of. */
  readonly key: string;
  readonly unnest?: boolean;
  readonly where?: string;
  /** Fixed categories (all shown); otherwise the categories with at least THRESHOLD in all the records. */
  readonly categories?: readonly string[];
  /**
   * A chart of people: counted from each case's people (the case's facts hold them, one element per
   * person), `key` being the person's attribute; those moved, or everyone counted.
   */
  readonly people?: 'moved' | 'all';
}

const MOVED = `role in ('victim', 'presumed_victim', 'smuggled_migrant')`;

const COUNTING: Partial<Record<ChartKey, Counting>> = {
  month: { table: 'analysis_cases', key: 'month' },
  week: { table: 'analysis_cases', key: `to_char(week, 'YYYY-MM-DD')` },
  caseType: { table: 'analysis_cases', key: 'case_type', categories: CASE_TYPES },
  modusOperandi: { table: 'analysis_cases', key: 'modus_operandi', unnest: true, categories: MODUS_OPERANDI },
  exploitation: {
    table: 'analysis_cases',
    key: 'exploitation_types',
    unnest: true,
    categories: EXPLOITATION_TYPES,
  },
  crossing: { table: 'analysis_cases', key: 'crossings', unnest: true },
  leg: { table: 'analysis_cases', key: 'legs', unnest: true },
  arrival: { table: 'analysis_cases', key: 'arrivals', unnest: true },
  transport: { table: 'analysis_cases', key: 'transports', unnest: true, categories: TRANSPORT_MODES },
  nationality: { table: 'analysis_cases', key: 'nationality', people: 'moved' },
  sex: { table: 'analysis_cases', key: 'sex', people: 'moved', categories: SEXES },
  ageBand: { table: 'analysis_cases', key: 'age_band', people: 'moved', categories: AGE_BANDS },
  role: { table: 'analysis_cases', key: 'role', people: 'all', categories: COUNTED_ROLES },
};

/** Each filter as a condition on each fact table: exact on a row's own attribute, "has" on the case's. */
function condition(table: FactTable, filter: AnalysisFilter, value: string): SQL {
  const has = (column: string) => sql`${sql.raw(column)} @> array[${value}]::text[]`;
  const is = (column: string) => sql`${sql.raw(column)} = ${value}`;
  switch (filter) {
    case 'year':
      return sql`year = ${Number(value)}`;
    case 'caseType':
      return is('case_type');
    case 'modusOperandi':
      return has('modus_operandi');
    case 'exploitation':
      return has('exploitation_types');
    case 'crossing':
      return table === 'analysis_legs' ? is('crossing_id') : has('crossings');
    case 'leg':
      return table === 'analysis_legs' ? is('leg') : has('legs');
    case 'transport':
      return table === 'analysis_legs' ? is('transport') : has('transports');
    case 'nationality':
      return table === 'analysis_persons' ? is('nationality') : has('nationalities');
    case 'sex':
      return table === 'analysis_persons' ? is('sex') : has('sexes');
    case 'ageBand':
      return table === 'analysis_persons' ? is('age_band') : has('age_bands');
  }
}

/**
 * Which of the filters a row passes, as bits (bit b: filter b), each condition evaluated once per
 * row of the fact table (before a case's categories are unnested).
 */
function passedBits(
  table: FactTable,
  filters: [AnalysisFilter, string][],
  which: (filter: AnalysisFilter) => boolean = () => true,
): SQL {
  const bits = filters.flatMap(([f, v], b) =>
    which(f) ? [sql`(case when ${condition(table, f, v)} then ${sql.raw(String(1 << b))} else 0 end)`] : [],
  );
  return bits.length ? sql.join(bits, sql` + `) : sql`0`;
}

/** Filters a chart of people applies to each person rather than to the case, and the person's column. */
const OF_THE_PERSON: ReadonlySet<AnalysisFilter> = new Set(['nationality', 'sex', 'ageBand']);
const PERSON_COLUMN: Partial<Record<AnalysisFilter, string>> = {
  nationality: 'nationality',
  sex: 'sex',
  ageBand: 'age_band',
};
/** A person's attributes, and the case's facts' arrays holding them for each of its people. */
const PEOPLE_ARRAYS: Record<string, string> = {
  role: 'people_roles',
  sex: 'people_sexes',
  age_band: 'people_age_bands',
  nationality: 'people_nationalities',
};
/** Filters on what a case has several of, which the facts of persons leave out. */
const OF_THE_CASE_ARRAYS: ReadonlySet<AnalysisFilter> = new Set([
  'modusOperandi',
  'crossing',
  'leg',
  'transport',
]);

interface Counted {
  /** Category → counts per mask. */
  readonly byKey: Map<string, number[]>;
}

/** How a chart is counted under the dashboard's filters, and which of them it is released under. */
function countingFor(
  key: ChartKey,
  filters: [AnalysisFilter, string][],
): { counting: Counting | undefined; chartFilters: [AnalysisFilter, string][] } {
  const chosen = filters.find(([f]) => f === 'year');
  // The weeks are a chart of the chosen year: the year is part of what is counted, not a filter
  // of the lattice (there is no chart of weeks of all years to take it off from).
  const base = COUNTING[key];
  const counting =
    key === 'week' && base && chosen ? { ...base, where: `year = ${Number(chosen[1])}` } : base;
  const chartFilters = CHARTS[key].filtered
    ? filters.filter(([f]) => key !== 'week' || f !== 'year')
    : filters.filter(([f]) => f === 'year');
  return { counting, chartFilters };
}

/** The rows of facts counted per chart, category and bits of the filters passed. */
function factsQuery(
  counting: Counting,
  together: readonly ChartKey[],
  jurisdiction: string,
  filters: [AnalysisFilter, string][],
): SQL {
  const columns = together.map((key, i) => sql`${sql.raw(COUNTING[key]!.key)} as c${sql.raw(String(i))}`);
  const where = counting.where ? sql` and ${sql.raw(counting.where)}` : sql``;
  const facts = sql`select ${sql.join(columns, sql`, `)}, ${passedBits(counting.table, filters)} as bits
    from ${sql.raw(counting.table)} where jurisdiction = ${jurisdiction}${where}`;
  const column = (i: number) => sql.raw(`f.c${i}`);
  if (together.length === 1)
    // One chart: its categories straight from the row (or its array), a plan the database runs in parallel.
    return COUNTING[together[0]!]!.unnest
      ? sql`select 0 as chart, u.k, f.bits, count(*)::int as n
          from (${facts}) f cross join lateral unnest(f.c0) as u(k) group by u.k, f.bits`
      : sql`select 0 as chart, f.c0 as k, f.bits, count(*)::int as n from (${facts}) f group by f.c0, f.bits`;
  const categories = together.map((key, i) =>
    COUNTING[key]!.unnest ? sql`select ${i}, x from unnest(${column(i)}) x` : sql`select ${i}, ${column(i)}`,
  );
  return sql`select u.chart, u.k, f.bits, count(*)::int as n from (${facts}) f
    cross join lateral (${sql.join(categories, sql` union all `)}) as u(chart, k)
    group by 1, 2, 3`;
}

/**
 * A chart of people. Unfiltered by what a case has several of (methods, crossings, legs,
 * transports), it reads the facts of persons, one row per person. Filtered by one of those, it
 * reads each case's people from the case's facts (arrays in step, unnested together), the filters
 * on the case evaluated once per case and those on the person (nationality, sex, age band) per
 * person: a scan of the cases instead of a join of each person to their case.
 */
function peopleQuery(key: ChartKey, jurisdiction: string, filters: [AnalysisFilter, string][]): SQL {
  const needed = Object.keys(PEOPLE_ARRAYS).filter(
    (a) =>
      a === 'role' ||
      COUNTING[key]!.key === a ||
      filters.some(([f]) => OF_THE_PERSON.has(f) && PERSON_COLUMN[f] === a),
  );
  const ofCaseArrays = filters.some(([f]) => OF_THE_CASE_ARRAYS.has(f));
  const source = ofCaseArrays
    ? sql`(select ${sql.join(
        needed.map((a) => sql.raw(`unnest(${PEOPLE_ARRAYS[a]}) as ${a}`)),
        sql`, `,
      )}, ${passedBits('analysis_cases', filters, (f) => !OF_THE_PERSON.has(f))} as bits
        from analysis_cases where jurisdiction = ${jurisdiction}) f`
    : sql`(select ${sql.raw(needed.join(', '))}, ${passedBits('analysis_persons', filters)} as bits
        from analysis_persons where jurisdiction = ${jurisdiction}) f`;
  const bits = ofCaseArrays
    ? sql`f.bits + ${passedBits('analysis_persons', filters, (f) => OF_THE_PERSON.has(f))}`
    : sql`f.bits`;
  const whose = COUNTING[key]!.people === 'moved' ? sql.raw(MOVED) : sql`true`;
  return sql`select 0 as chart, ${sql.raw(COUNTING[key]!.key)} as k, ${bits} as bits, count(*)::int as n
    from ${source} where ${whose} group by 2, 3`;
}

/**
 * Charts' counts under every combination of their filters. Charts read from the same facts under
 * the same filters are counted together, from one scan: the database counts the rows per chart,
 * category and set of filters passed (each filter evaluated once per row, before a case's
 * categories are unnested); a combination's count is the sum over the sets that include it.
 */
async function countCharts(
  ctx: ActorContext,
  jurisdiction: string,
  keys: readonly ChartKey[],
  filters: [AnalysisFilter, string][],
): Promise<Map<ChartKey, Counted>> {
  const groups = new Map<
    string,
    { counting: Counting; chartFilters: [AnalysisFilter, string][]; keys: ChartKey[] }
  >();
  for (const key of keys) {
    const { counting, chartFilters } = countingFor(key, filters);
    if (!counting) continue;
    // Charts of people are counted one by one: a person is in one category of each, and the
    // database runs the query of one chart in parallel, not that of several together.
    const group = `${counting.table}|${counting.people ? key : ''}|${counting.where ?? ''}|${JSON.stringify(chartFilters)}`;
    const known = groups.get(group);
    if (known) known.keys.push(key);
    else groups.set(group, { counting, chartFilters, keys: [key] });
  }
  const out = new Map<ChartKey, Counted>();
  for (const { counting, chartFilters, keys: together } of groups.values()) {
    const query = counting.people
      ? peopleQuery(together[0]!, jurisdiction, chartFilters)
      : factsQuery(counting, together, jurisdiction, chartFilters);
    const rows = rowsOf<{ chart: number; k: string; bits: number; n: number }>(await ctx.tx.execute(query));
    const masks = 1 << chartFilters.length;
    const byChart = together.map(() => new Map<string, number[]>());
    for (const row of rows) {
      const byKey = byChart[Number(row.chart)]!;
      const k = String(row.k);
      const counts = byKey.get(k) ?? new Array<number>(masks).fill(0);
      const bits = Number(row.bits);
      const n = Number(row.n);
      for (let m = 0; m < masks; m++) if ((bits & m) === m) counts[m]! += n;
      byKey.set(k, counts);
    }
    together.forEach((key, i) => {
      out.set(key, { byKey: byChart[i]! });
    });
  }
  return out;
}

/** The categories of a chart: fixed, a calendar, or those with at least THRESHOLD in all the records. */
function categoriesOf(
  key: ChartKey,
  counting: Counting | undefined,
  counted: Counted,
  years: number[],
): string[] {
  if (counting?.categories) return [...counting.categories];
  if (key === 'month')
    return years.flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${pad(m + 1)}`));
  if (key === 'week') return mondaysOf(years[0]!);
  return [...counted.byKey.entries()]
    .filter(([, counts]) => counts[0]! >= THRESHOLD)
    .sort((a, b) => b[1][0]! - a[1][0]! || a[0].localeCompare(b[0]))
    .map(([k]) => k);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Mondays that start the ISO weeks counted in a year (the week of 1 January may start in December). */
function mondaysOf(year: number): string[] {
  const first = new Date(Date.UTC(year, 0, 1));
  const back = (first.getUTCDay() + 6) % 7;
  const out: string[] = [];
  for (
    let t = first.getTime() - back * 86_400_000;
    new Date(t).getUTCFullYear() <= year;
    t += 7 * 86_400_000
  ) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day.slice(0, 4) === String(year) || out.length === 0) out.push(day);
  }
  return out;
}

/** The category's year, for the time charts: its cells of other years are zero under a year filter. */
const yearOfKey = (key: string) => Number(key.slice(0, 4));

interface Release {
  readonly categories: string[];
  readonly release: ReleasedCounts;
}

/** One chart of one jurisdiction, released under the filters. */
function releaseChart(
  jurisdiction: string,
  key: ChartKey,
  filters: [AnalysisFilter, string][],
  years: number[],
  roundTo: number | null,
  activity: ActivityCounts,
  countedCharts: Map<ChartKey, Counted>,
): Release {
  const chosen = filters.find(([f]) => f === 'year');
  const { counting, chartFilters } = countingFor(key, filters);
  const counted = counting
    ? countedCharts.get(key)!
    : activityCounted(activity, jurisdiction, key, chartFilters);
  const categories =
    key === 'screeningOutcome'
      ? [...OUTCOMES]
      : key === 'requests'
        ? [...REQUEST_TYPES]
        : categoriesOf(key, counting, counted, key === 'week' && chosen ? [Number(chosen[1])] : years);
  const masks = 1 << chartFilters.length;
  const yearBit = chartFilters.findIndex(([f]) => f === 'year');
  const chosenYear = yearBit >= 0 ? Number(chartFilters[yearBit]![1]) : null;
  const others = CHARTS[key].additive ? otherCounts(counted, categories, masks) : null;
  const counts = Array.from({ length: masks }, (_, m) => [
    ...categories.map((c) => counted.byKey.get(c)?.[m] ?? 0),
    ...(others ? [others[m]!] : []),
  ]);
  const time = key === 'month';
  const release = releases(
    {
      counts,
      additive: CHARTS[key].additive,
      structuralZero:
        time && chosenYear !== null
          ? (mask, c) =>
              (mask & (1 << yearBit)) !== 0 &&
              c < categories.length &&
              yearOfKey(categories[c]!) !== chosenYear
          : undefined,
    },
    { threshold: THRESHOLD, ...(roundTo ? { roundTo } : {}) },
  )(masks - 1);
  return { categories: others ? [...categories, 'other'] : categories, release };
}

/** For an additive chart with categories not listed (under the threshold in all the records): their sum. */
function otherCounts(counted: Counted, categories: string[], masks: number): number[] | null {
  const listed = new Set(categories);
  const rest = [...counted.byKey.entries()].filter(([k]) => !listed.has(k));
  if (rest.length === 0) return null;
  return Array.from({ length: masks }, (_, m) => rest.reduce((s, [, counts]) => s + counts[m]!, 0));
}

type ActivityCounts = { jurisdiction: string; chart: string; key: string; year: number; n: number }[];

function activityCounted(
  activity: ActivityCounts,
  jurisdiction: string,
  chart: ChartKey,
  filters: [AnalysisFilter, string][],
): Counted {
  const year = filters.length ? Number(filters[0]![1]) : null;
  const byKey = new Map<string, number[]>();
  for (const row of activity) {
    if (row.jurisdiction !== jurisdiction || row.chart !== chart) continue;
    const counts = byKey.get(row.key) ?? new Array<number>(1 << filters.length).fill(0);
    counts[0]! += row.n;
    if (year !== null && row.year === year) counts[1]! += row.n;
    byKey.set(row.key, counts);
  }
  return { byKey };
}

/** Fees per leg and currency where at least THRESHOLD were recorded: median and quartiles. */
async function feesOf(
  ctx: ActorContext,
  jurisdiction: string | null,
  filters: [AnalysisFilter, string][],
): Promise<FeeSummary[]> {
  const conditions = [
    jurisdiction ? sql`jurisdiction = ${jurisdiction}` : sql`true`,
    sql`fee_amount is not null and fee_currency is not null`,
    ...filters.map(([f, v]) => condition('analysis_legs', f, v)),
  ];
  // The three quartiles from one sort per leg and currency.
  const rows = rowsOf<{ leg: string; currency: string; fees: number; quartiles: number[] | string }>(
    await ctx.tx.execute(sql`
      select leg, fee_currency as currency, count(*)::int as fees,
        percentile_cont(array[0.25, 0.5, 0.75]) within group (order by fee_amount) as quartiles
      from analysis_legs where ${sql.join(conditions, sql` and `)}
      group by leg, fee_currency having count(*) >= ${THRESHOLD} order by count(*) desc, leg`),
  );
  return rows.map((r) => {
    const [lower, median, upper] = (
      typeof r.quartiles === 'string' ? r.quartiles.replace(/[{}]/g, '').split(',') : r.quartiles
    ).map((v) => Math.round(Number(v)));
    return {
      leg: r.leg,
      currency: r.currency,
      fees: Number(r.fees),
      median: median!,
      lowerQuartile: lower!,
      upperQuartile: upper!,
    };
  });
}

async function yearsCounted(ctx: ActorContext, jurisdiction: string | null, chosen: number | undefined) {
  const rows = rowsOf<{ low: number | null; high: number | null }>(
    await ctx.tx.execute(
      sql`select min(year) as low, max(year) as high from analysis_cases ${jurisdiction ? sql`where jurisdiction = ${jurisdiction}` : sql``}`,
    ),
  );
  const now = new Date().getUTCFullYear();
  const low = Math.min(Number(rows[0]?.low ?? now), chosen ?? now);
  const high = Math.max(Number(rows[0]?.high ?? now), chosen ?? now);
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/** The vulnerabilities' names in each language, from the newest instrument (of the jurisdiction, or any) naming each. */
async function instrumentLabels(
  ctx: ActorContext,
  jurisdiction: string | null,
): Promise<Dashboard['labels']> {
  const rows = rowsOf<{ id: string; label: Dashboard['labels'][string] }>(
    await ctx.tx.execute(sql`
      select distinct on (v ->> 'id') v ->> 'id' as id, v -> 'label' as label
      from instruments i cross join lateral jsonb_array_elements(i.definition -> 'vulnerabilities') v
      ${jurisdiction ? sql`where i.jurisdiction = ${jurisdiction}` : sql``}
      order by v ->> 'id', i.published_at desc, i.version desc`),
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.label]));
}

export async function roundingOf(ctx: ActorContext, jurisdiction: string): Promise<number | null> {
  const [row] = await ctx.tx
    .select()
    .from(analysisSettings)
    .where(eq(analysisSettings.jurisdiction, jurisdiction));
  return row?.roundTo ?? null;
}

/** The dashboard for the actor's jurisdiction, or for the region (REG): the charts asked for, or all. */
export async function dashboard(
  ctx: ActorContext,
  filters: AnalysisFilters,
  only?: readonly ChartKey[],
): Promise<Dashboard> {
  mustHave(ctx.actor, 'analyse');
  const active = activeFilters(filters);
  const region = ctx.actor.jurisdiction === 'REG';
  const wanted = (only?.length ? only : CHART_KEYS).filter(
    (k) => (k !== 'week' || filters.year !== undefined) && (k !== 'jurisdiction' || region),
  );
  // What only some charts need is read only when they are asked for.
  const years = wanted.some((k) => k === 'month' || k === 'week')
    ? await yearsCounted(ctx, region ? null : ctx.actor.jurisdiction, filters.year)
    : [];
  const activity = wanted.some((k) => !COUNTING[k] && k !== 'jurisdiction')
    ? rowsOf<{ jurisdiction: string; chart: string; key: string; year: number; n: number }>(
        await ctx.tx.execute(sql`select * from veza_activity_counts()`),
      ).map((r) => ({ ...r, year: Number(r.year), n: Number(r.n) }))
    : [];
  const pendingRows = rowsOf<{ n: number }>(await ctx.tx.execute(sql`select veza_analysis_pending() as n`));
  const labels = wanted.includes('vulnerability')
    ? await instrumentLabels(ctx, region ? null : ctx.actor.jurisdiction)
    : {};
  const shownYear = (key: ChartKey, category: string) =>
    !(key === 'month' || key === 'week') ||
    filters.year === undefined ||
    yearOfKey(category) === filters.year;
  const charts: ReleasedChart[] = [];
  if (!region) {
    const roundTo = await roundingOf(ctx, ctx.actor.jurisdiction);
    const counted = await countCharts(ctx, ctx.actor.jurisdiction, wanted, active);
    for (const key of wanted) {
      const { categories, release } = releaseChart(
        ctx.actor.jurisdiction,
        key,
        active,
        years,
        roundTo,
        activity,
        counted,
      );
      charts.push({
        key,
        unit: CHARTS[key].unit,
        cells: categories
          .map((c, i) => ({ key: c, count: release.cells[i] ?? null, atLeast: false }))
          .filter((c) => shownYear(key, c.key)),
        total: release.total,
        totalAtLeast: false,
      });
    }
    return {
      scope: 'jurisdiction',
      jurisdiction: ctx.actor.jurisdiction,
      filters,
      threshold: THRESHOLD,
      roundTo,
      pending: Number(pendingRows[0]?.n ?? 0),
      charts,
      // Fees come with the whole dashboard; a request for some charts gets only those.
      fees: only?.length ? [] : await feesOf(ctx, ctx.actor.jurisdiction, active),
      labels,
    };
  }
  // Each jurisdiction's rounding, read once for every chart of the regional view.
  const rounding = new Map<string, number | null>();
  for (const j of NATIONAL) rounding.set(j, await roundingOf(ctx, j));
  // Cases per jurisdiction: each jurisdiction's own total, as its charts of cases release it.
  const countedAs = (key: ChartKey): ChartKey => (key === 'jurisdiction' ? 'caseType' : key);
  const countedIn = new Map<string, Map<ChartKey, Counted>>();
  for (const j of NATIONAL)
    countedIn.set(j, await countCharts(ctx, j, [...new Set(wanted.map(countedAs))], active));
  for (const key of wanted) {
    if (key === 'hits') {
      const { categories, release } = releaseChart('REG', key, active, years, null, activity, new Map());
      charts.push({
        key,
        unit: CHARTS[key].unit,
        cells: categories.map((c, i) => ({ key: c, count: release.cells[i] ?? null, atLeast: false })),
        total: release.total,
        totalAtLeast: false,
      });
      continue;
    }
    const parts: Release[] = NATIONAL.map((j) =>
      releaseChart(j, countedAs(key), active, years, rounding.get(j) ?? null, activity, countedIn.get(j)!),
    );
    charts.push(sumOfReleases(key, parts, shownYear));
  }
  return {
    scope: 'region',
    jurisdiction: 'REG',
    filters,
    threshold: THRESHOLD,
    roundTo: null,
    pending: Number(pendingRows[0]?.n ?? 0),
    charts,
    fees: [],
    labels,
  };
}

/** The regional chart: per category, the sum of what the jurisdictions published. */
function sumOfReleases(
  key: ChartKey,
  parts: Release[],
  shownYear: (key: ChartKey, category: string) => boolean,
): ReleasedChart {
  if (key === 'jurisdiction') {
    const cells: ReleasedCell[] = NATIONAL.map((j, i) => ({
      key: j,
      count: parts[i]!.release.total,
      atLeast: false,
    }));
    return { key, unit: CHARTS[key].unit, ...withTotal(cells) };
  }
  const order: string[] = [];
  for (const p of parts) for (const c of p.categories) if (!order.includes(c)) order.push(c);
  const cells: ReleasedCell[] = order
    .filter((c) => shownYear(key, c))
    .map((c) => {
      let sum = 0;
      let missing = 0;
      for (const p of parts) {
        const at = p.categories.indexOf(c);
        const v = at >= 0 ? p.release.cells[at] : null;
        if (v === null || v === undefined) missing++;
        else sum += v;
      }
      return missing === parts.length
        ? { key: c, count: null, atLeast: false }
        : { key: c, count: sum, atLeast: missing > 0 && sum > 0 ? true : missing > 0 };
    })
    .map((c) => (c.count === 0 && c.atLeast ? { ...c, count: null, atLeast: false } : c));
  if (!CHARTS[key].additive) return { key, unit: CHARTS[key].unit, cells, total: null, totalAtLeast: false };
  let total = 0;
  let missing = 0;
  for (const p of parts) {
    if (p.release.total === null) missing++;
    else total += p.release.total;
  }
  return {
    key,
    unit: CHARTS[key].unit,
    cells,
    total: missing === parts.length || (missing > 0 && total === 0) ? null : total,
    totalAtLeast: missing > 0 && total > 0,
  };
}

function withTotal(cells: ReleasedCell[]) {
  const shown = cells.filter((c) => c.count !== null);
  const total = shown.reduce((s, c) => s + c.count!, 0);
  const missing = shown.length < cells.length;
  return { cells, total: shown.length === 0 ? null : total, totalAtLeast: missing };
}

/** One chart as CSV: the category, the count as shown (empty when withheld) and a note. */
export async function chartCsv(ctx: ActorContext, filters: AnalysisFilters, key: ChartKey): Promise<string> {
  const board = await dashboard(ctx, filters, [key]);
  const chart = board.charts.find((c) => c.key === key);
  const lines = [['category', 'count', 'note']];
  const note = (count: number | null, atLeast: boolean) =>
    count === null ? `withheld (under ${THRESHOLD} or protecting one)` : atLeast ? 'at least' : '';
  for (const cell of chart?.cells ?? [])
    lines.push([cell.key, cell.count === null ? '' : String(cell.count), note(cell.count, cell.atLeast)]);
  if (chart && CHARTS[key].additive)
    lines.push([
      'total',
      chart.total === null ? '' : String(chart.total),
      note(chart.total, chart.totalAtLeast),
    ]);
  const filterLine = activeFilters(filters)
    .map(([f, v]) => `${f}=${v}`)
    .join('; ');
  lines.push([
    `# ${board.scope} ${board.jurisdiction}; unit: ${CHARTS[key].unit}; filters: ${filterLine || 'none'}`,
    '',
    '',
  ]);
  return csvTable(lines);
}

export async function roundingOfMine(ctx: ActorContext): Promise<number | null> {
  mustHave(ctx.actor, 'analyse');
  return roundingOf(ctx, ctx.actor.jurisdiction);
}

/** Coordinators choose whether their jurisdiction's published counts are rounded (to 5 or 10). */
export async function setRounding(ctx: ActorContext, settings: { roundTo: 5 | 10 | null }) {
  mustHave(ctx.actor, 'runReferralMechanism');
  await ctx.tx
    .insert(analysisSettings)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      roundTo: settings.roundTo,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    })
    .onConflictDoUpdate({
      target: analysisSettings.jurisdiction,
      set: { roundTo: settings.roundTo, updatedBy: ctx.actor.userId, updatedAt: ctx.now },
    });
  await recordChange(ctx, 'settings', 'analysis_settings', null, { roundTo: settings.roundTo });
  return { roundTo: settings.roundTo };
}

/**
 * The Eurostat trafficking statistics of a year (core's analysis/eurostat.ts): registered victims
 * (identified and presumed) and suspects in trafficking cases opened in the year, protected, as CSV.
 */
export async function statisticsCsv(
  ctx: ActorContext,
  year: number,
  who: 'victims' | 'suspects',
): Promise<string> {
  mustHave(ctx.actor, 'analyse');
  if (ctx.actor.jurisdiction === 'REG')
    throw new AppError(
      'forbidden',
      'each jurisdiction reports its own statistics; the region has none of its own',
    );
  const roles = who === 'victims' ? ['victim', 'presumed_victim'] : ['suspect'];
  const rows = rowsOf<{ sex: string; age_band: string; nationality: string; exploitation_types: string[] }>(
    await ctx.tx.execute(sql`
      select sex, age_band, nationality, exploitation_types from analysis_persons
      where jurisdiction = ${ctx.actor.jurisdiction} and year = ${year}
        and case_type in ('trafficking', 'both')
        and role in (${sql.join(
          roles.map((r) => sql`${r}`),
          sql`, `,
        )})`),
  );
  const people = rows.map((r) => ({
    sex: eurostatSex(r.sex),
    age: eurostatAge(r.age_band),
    citizen: eurostatCitizen(r.nationality, ctx.actor.jurisdiction),
    exploit: eurostatExploit(r.exploitation_types ?? []),
  }));
  const published = statisticsTables(
    people,
    who === 'victims' ? ['age', 'citizen', 'exploit'] : ['age', 'citizen'],
  );
  const lines = [
    ['table', 'sex', 'age', 'citizen', 'exploit', 'geo', 'TIME_PERIOD', 'OBS_VALUE', 'OBS_FLAG'],
  ];
  for (const r of published) {
    lines.push([
      `crim_thb ${who} by sex and ${r.breakdown === 'age' ? 'age group' : r.breakdown === 'citizen' ? 'citizenship' : 'form of exploitation'}`,
      r.sex,
      r.breakdown === 'age' ? r.category : 'TOTAL',
      r.breakdown === 'citizen' ? r.category : 'TOTAL',
      r.breakdown === 'exploit' ? r.category : 'TOTAL',
      ctx.actor.jurisdiction,
      String(year),
      r.value === null ? '' : String(r.value),
      r.value === null ? 'c' : '',
    ]);
  }
  return csvTable(lines);
}
