/**
 * The early warnings round: for each jurisdiction, the weekly counts of the last two years per
 * crossing, route leg, nationality and modus operandi (core's analysis/warnings.ts says the
 * method) are checked at the last complete week; a modus operandi first seen in two jurisdictions
 * within a month is a warning too. Each warning is stored once (per series and week) and tells the
 * jurisdiction's coordinators, and the region's coordinators as an aggregate.
 */
import { increases, weekOf } from '@veza/core';
import type { AnalysisWarning } from '@veza/core/api/analysis';
import { sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { asSystem } from '../../access/transaction.ts';
import { type Database, rowsOf, type Tx } from '../../db/connection.ts';
import { THRESHOLD } from './service.ts';

const WEEKS = 110;
const RECHECKED_WEEKS = 8;

/** How each watched dimension is counted per week: the facts' table and category. */
const WATCHED = [
  { dimension: 'crossing', from: 'analysis_cases cross join lateral unnest(crossings) as u(k)' },
  { dimension: 'leg', from: 'analysis_cases cross join lateral unnest(legs) as u(k)' },
  { dimension: 'modusOperandi', from: 'analysis_cases cross join lateral unnest(modus_operandi) as u(k)' },
  {
    dimension: 'nationality',
    from: `(select *, nationality as k from analysis_persons where role in ('victim', 'presumed_victim', 'smuggled_migrant')) as u`,
  },
] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDay: string, days: number) =>
  day(new Date(new Date(`${isoDay}T00:00:00Z`).getTime() + days * 86_400_000));

/** Checks the last eight complete weeks before `now`; returns how many warnings were raised. */
export async function raiseWarnings(database: Database, now: Date): Promise<number> {
  const lastWeek = addDays(weekOf(day(now)), -7);
  const first = addDays(lastWeek, -7 * (WEEKS - 1));
  return asSystem(database, async (tx) => {
    let raised = 0;
    const jurisdictions = rowsOf<{ jurisdiction: string }>(
      await tx.execute(sql`select distinct jurisdiction from analysis_cases`),
    ).map((r) => r.jurisdiction);
    for (const jurisdiction of jurisdictions) {
      for (const watched of WATCHED) {
        const rows = rowsOf<{ k: string; week: string; n: number }>(
          await tx.execute(sql`
            select k, to_char(week, 'YYYY-MM-DD') as week, count(*)::int as n
            from ${sql.raw(watched.from)}
            where jurisdiction = ${jurisdiction} and week between ${first} and ${lastWeek}
            group by k, week`),
        );
        const series = new Map<string, number[]>();
        for (const r of rows) {
          const index = Math.round(
            (new Date(`${r.week}T00:00:00Z`).getTime() - new Date(`${first}T00:00:00Z`).getTime()) /
              (7 * 86_400_000),
          );
          if (index < 0 || index >= WEEKS) continue;
          const counts = series.get(r.k) ?? new Array<number>(WEEKS).fill(0);
          counts[index] = Number(r.n);
          series.set(r.k, counts);
        }
        for (const [value, counts] of series) {
          // The last eight weeks, so that a change is warned of even when the round did not run
          // the week it began (a warning already stored is not stored or told again).
          for (const found of increases(counts).filter((w) => w.at >= WEEKS - RECHECKED_WEEKS)) {
            raised += await store(tx, {
              jurisdiction,
              kind: 'increase',
              dimension: watched.dimension,
              value,
              week: addDays(first, 7 * found.at),
              since: addDays(first, 7 * found.since),
              count: found.count,
              expected: found.expected,
              threshold: found.threshold,
              alsoIn: [],
            });
          }
        }
      }
    }
    raised += await newMethods(tx, lastWeek);
    return raised;
  });
}

/** A modus operandi first seen, in the last four weeks, in two jurisdictions or more within 31 days. */
async function newMethods(tx: Tx, lastWeek: string): Promise<number> {
  const rows = rowsOf<{ jurisdiction: string; mo: string; first: string }>(
    await tx.execute(sql`
      select jurisdiction, mo, to_char(min(opened_on), 'YYYY-MM-DD') as first
      from analysis_cases cross join lateral unnest(modus_operandi) as u(mo)
      group by jurisdiction, mo`),
  );
  const fresh = rows.filter((r) => r.first > addDays(lastWeek, -28) && r.first <= addDays(lastWeek, 6));
  let raised = 0;
  for (const r of fresh) {
    const others = fresh.filter(
      (o) =>
        o.mo === r.mo &&
        o.jurisdiction !== r.jurisdiction &&
        Math.abs(new Date(o.first).getTime() - new Date(r.first).getTime()) <= 31 * 86_400_000,
    );
    if (others.length === 0) continue;
    raised += await store(tx, {
      jurisdiction: r.jurisdiction,
      kind: 'new_modus_operandi',
      dimension: 'modusOperandi',
      value: r.mo,
      week: weekOf(r.first),
      since: weekOf(r.first),
      count: 0,
      expected: 0,
      threshold: 0,
      alsoIn: others.map((o) => o.jurisdiction).sort(),
    });
  }
  return raised;
}

interface WarningRow {
  jurisdiction: string;
  kind: string;
  dimension: string;
  value: string;
  week: string;
  since: string;
  count: number;
  expected: number;
  threshold: number;
  alsoIn: string[];
}

/** Stores the warning once and tells the coordinators (the jurisdiction's, and the region's). */
async function store(tx: Tx, w: WarningRow): Promise<number> {
  const inserted = rowsOf<{ id: string }>(
    await tx.execute(sql`
      insert into analysis_warnings (jurisdiction, kind, dimension, value, week, since, count, expected, threshold, also_in)
      values (${w.jurisdiction}, ${w.kind}, ${w.dimension}, ${w.value}, ${w.week}, ${w.since}, ${w.count},
        ${w.expected.toFixed(2)}, ${w.threshold}, ${sql.raw(`array[${w.alsoIn.map((j) => `'${j.replace(/[^A-Z]/g, '')}'`).join(',')}]::text[]`)})
      on conflict do nothing returning id`),
  );
  const id = inserted[0]?.id;
  if (!id) return 0;
  await tx.execute(sql`
    insert into notifications (user_id, jurisdiction, kind, analysis_warning_id, event_key)
    select u.id, u.jurisdiction, ${`analysis_${w.kind}`}, ${id}, ${`analysis-warning:${id}`}
    from users u
    where u.disabled_at is null and 'coordinator' = any (u.roles) and u.jurisdiction in (${w.jurisdiction}, 'REG')
    on conflict do nothing`);
  return 1;
}

export type WarningView = AnalysisWarning;

/** The last warnings the actor's jurisdiction (or, for REG, the region) raised. */
export async function listWarnings(ctx: ActorContext): Promise<WarningView[]> {
  mustHave(ctx.actor, 'analyse');
  const region = ctx.actor.jurisdiction === 'REG';
  const rows = rowsOf<{
    id: string;
    jurisdiction: string;
    kind: string;
    dimension: string;
    value: string;
    week: string;
    since: string;
    count: number;
    expected: string;
    also_in: string[];
    raised_at: Date | string;
  }>(
    await ctx.tx.execute(sql`
      select id, jurisdiction, kind, dimension, value, to_char(week, 'YYYY-MM-DD') as week,
        to_char(since, 'YYYY-MM-DD') as since, count, expected, also_in, raised_at
      from analysis_warnings order by week desc, raised_at desc limit 200`),
  );
  return rows.map((r) => {
    const small = region && r.kind === 'increase' && r.count < THRESHOLD;
    return {
      id: r.id,
      jurisdiction: r.jurisdiction,
      kind: r.kind as AnalysisWarning['kind'],
      dimension: r.dimension as AnalysisWarning['dimension'],
      value: r.value,
      week: r.week,
      since: r.since,
      count: small || r.kind !== 'increase' ? null : r.count,
      expected: small || r.kind !== 'increase' ? null : Number(r.expected),
      alsoIn: r.also_in ?? [],
      raisedAt: new Date(r.raised_at).toISOString(),
    };
  });
}
