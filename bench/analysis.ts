/**
 * The analysis dashboards at the scale of the issue: 1,000,000 persons in 200,000 cases with
 * 500,000 route legs over two years across the six jurisdictions, generated in the database (so
 * that seeding takes minutes, not hours), the facts built by the same refresh the server runs,
 * then each chart of the dashboard (the counts of every combination of the filters and the
 * disclosure protection), the map (crossings, legs, countries reached) and the regional view,
 * for a Serbian analyst under the filters analysts use.
 * Targets (PostgreSQL): every dashboard query p95 under 200 ms; the map under 300 ms.
 */
import { type AnalysisFilters, CHART_KEYS } from '@veza/core';
import { actorOf, withActor } from '@veza/server/access';
import { dashboard } from '@veza/server/analysis';
import { prepareDatabase } from '@veza/server/bootstrap';
import { openDatabase, rowsOf } from '@veza/server/db';
import { seedDemoRegion } from '@veza/server/demo';
import { sql } from 'drizzle-orm';
import { percentile, startPostgres } from './support.ts';

const LEGS: [string, string, string][] = [
  ['MK', 'RS', 'mk-rs-tabanovce-presevo'],
  ['RS', 'HU', 'rs-hu-horgos-roszke'],
  ['RS', 'HU', 'rs-hu-kelebija-tompa'],
  ['RS', 'HR', 'rs-hr-batrovci-bajakovo'],
  ['RS', 'BA', 'rs-ba-sremska-raca'],
  ['BG', 'RS', 'rs-bg-gradina-kalotina'],
  ['BA', 'HR', 'ba-hr-velika-kladusa-maljevac'],
  ['BA', 'HR', 'ba-hr-izacic-licko-petrovo-selo'],
  ['ME', 'BA', 'ba-me-hum-scepan-polje'],
  ['GR', 'MK', 'mk-gr-bogorodica-evzoni'],
  ['GR', 'AL', 'al-gr-kakavije-kakavia'],
  ['AL', 'ME', 'al-me-hani-i-hotit-bozaj'],
  ['AL', 'XK', 'al-xk-morine-vermice'],
  ['XK', 'RS', 'rs-xk-jarinje'],
  ['ME', 'HR', 'me-hr-debeli-brijeg-karasovici'],
];

const FILTERS: AnalysisFilters[] = [
  {},
  { year: 2026 },
  { crossing: 'rs-hu-horgos-roszke' },
  { year: 2026, crossing: 'rs-bg-gradina-kalotina' },
  { nationality: 'AF', sex: 'female' },
  { modusOperandi: 'safe_house', year: 2025 },
  { leg: 'RS>HU', transport: 'truck', year: 2026 },
  { year: 2026, nationality: 'SY', ageBand: '12-17', caseType: 'smuggling' },
];

export async function benchAnalysisPostgres(cases = 200_000) {
  const cluster = startPostgres();
  if ('skipped' in cluster) return { name: 'analysis dashboards on PostgreSQL', skipped: cluster.skipped };
  const database = await openDatabase({ engine: 'postgres', url: cluster.url, poolSize: 4 });
  try {
    await prepareDatabase(database);
    await seedDemoRegion(database, { password: 'bench-password-not-used' });
    const started = performance.now();
    await generate(database, cases);
    const seedSeconds = (performance.now() - started) / 1000;
    const built = performance.now();
    for (;;) {
      const [row] = rowsOf<{ n: number }>(
        await database.db.execute(sql`select veza_refresh_analysis(50000) as n`),
      );
      if (Number(row?.n ?? 0) === 0) break;
    }
    const factsSeconds = (performance.now() - built) / 1000;
    await database.db.execute(sql`analyze`);
    const [counts] = rowsOf<{ persons: number; cases: number; legs: number }>(
      await database.db.execute(sql`select (select count(*) from persons)::int as persons,
        (select count(*) from cases)::int as cases, (select count(*) from route_legs)::int as legs`),
    );

    const analyst = await actorOf(database, 'analyst.rs');
    const regional = await actorOf(database, 'analyst.reg');
    const chartTimes: number[] = [];
    const slowest: Record<string, number> = {};
    const mapTimes: number[] = [];
    const wholeTimes: number[] = [];
    const regionalTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const filters of FILTERS) {
        for (const key of CHART_KEYS) {
          if (key === 'jurisdiction' || (key === 'week' && !filters.year)) continue;
          const t0 = performance.now();
          await withActor(database, analyst, (ctx) => dashboard(ctx, filters, [key]));
          const ms = performance.now() - t0;
          chartTimes.push(ms);
          slowest[key] = Math.max(slowest[key] ?? 0, ms);
        }
        let t0 = performance.now();
        await withActor(database, analyst, (ctx) => dashboard(ctx, filters, ['crossing', 'leg', 'arrival']));
        mapTimes.push(performance.now() - t0);
        t0 = performance.now();
        await withActor(database, analyst, (ctx) => dashboard(ctx, filters));
        wholeTimes.push(performance.now() - t0);
        if (round === 0) {
          t0 = performance.now();
          await withActor(database, regional, (ctx) =>
            dashboard(ctx, filters, ['caseType', 'nationality', 'crossing']),
          );
          regionalTimes.push(performance.now() - t0);
        }
      }
    }
    const summary = (times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return {
        p50: Number(percentile(sorted, 50).toFixed(1)),
        p95: Number(percentile(sorted, 95).toFixed(1)),
        max: Number(sorted.at(-1)!.toFixed(1)),
      };
    };
    const chartMs = summary(chartTimes);
    const mapMs = summary(mapTimes);
    return {
      name: `analysis dashboards at ${counts?.persons} persons, ${counts?.cases} cases, ${counts?.legs} legs, PostgreSQL`,
      engine: 'postgres',
      ...counts,
      seedSeconds: Number(seedSeconds.toFixed(1)),
      factsSeconds: Number(factsSeconds.toFixed(1)),
      filterSets: FILTERS.length,
      chartMs,
      slowestChartMs: Object.fromEntries(Object.entries(slowest).map(([k, v]) => [k, Math.round(v)])),
      mapMs,
      wholeDashboardMs: summary(wholeTimes),
      regionalThreeChartsMs: summary(regionalTimes),
      targets: { chartP95Ms: 200, mapP95Ms: 300 },
      meetsTarget: chartMs.p95 < 200 && mapMs.p95 < 300,
    };
  } finally {
    await database.close();
    cluster.stop();
  }
}

/** Cases, persons, roles and legs generated in SQL, seeded so that every run has the same data. */
export async function generate(database: Awaited<ReturnType<typeof openDatabase>>, cases: number) {
  const legs = LEGS.map(([f, t, c]) => `('${f}', '${t}', '${c}')`).join(', ');
  await database.db.execute(sql`select setseed(0.17)`);
  // Cases: Serbia holds the most, as on the route.
  await database.db.execute(
    sql.raw(`
    insert into cases (jurisdiction, agency_id, reference, type, status, opened_on, title, modus_operandi, exploitation_types, is_demo)
    select j, (select id from agencies a where a.jurisdiction = j order by id limit 1),
      j || '-B-' || g, t, 'open', date '2024-12-01' + (random() * 729)::int, 'Generated case ' || g,
      case when random() < 0.4 then array[(array['concealment_in_vehicle','foot_crossing_guided','taxi_relay','safe_house','forged_documents'])[1 + (random() * 4)::int]] else '{}' end,
      case when t = 'smuggling' then '{}' else array[(array['SexualExploitation','ForcedLabour','ForcedBegging'])[1 + (random() * 2)::int]] end,
      false
    from (select g,
        (array['RS','RS','RS','BA','BA','MK','MK','AL','ME','XK'])[1 + (random() * 9)::int] as j,
        (array['smuggling','smuggling','smuggling','trafficking','both'])[1 + (random() * 4)::int] as t
      from generate_series(1, ${cases}) g) s`),
  );
  // Legs: two or three per case, along the route.
  await database.db.execute(
    sql.raw(`
    insert into route_legs (jurisdiction, case_id, position, from_country, to_country, crossing_id, transport_mode, fee_amount, fee_currency)
    select c.jurisdiction, c.id, p, l.f, l.t, l.c,
      (array['foot','car','van','truck','taxi','bus'])[1 + (random() * 5)::int], 200 + (random() * 3000)::int, 'EUR'
    from cases c cross join lateral generate_series(1, 2 + (hashtext(c.reference) & 1)) p
    cross join lateral (select * from (values ${legs}) v(f, t, c) order by random() + p * 0 + length(c.id::text) * 0 limit 1) l`),
  );
  // Persons: five per case, four moved and one suspect, of the route's nationalities, each with
  // their role in the case (the case id rides in the generated name until the role is written).
  await database.db.execute(
    sql.raw(`
    with made as (
      insert into persons (jurisdiction, agency_id, display_name, sex, birth_date, birth_year, nationalities, is_demo)
      select c.jurisdiction, c.agency_id, 'Person ' || c.id || '#' || k,
        (array['male','male','male','female','unknown'])[1 + (random() * 4)::int],
        y::text, y,
        array[(array['AF','AF','AF','SY','SY','PK','MA','BD','IQ','TR','RS','AL'])[1 + (random() * 11)::int]], false
      from cases c cross join lateral generate_series(1, 5) k
      cross join lateral (select 1960 + (random() * 50)::int + k * 0 as y) b
      returning id, jurisdiction, display_name)
    insert into case_roles (jurisdiction, case_id, person_id, role)
    select m.jurisdiction, c.id, m.id,
      case when split_part(m.display_name, '#', 2) = '5' then 'suspect'
        when c.type = 'smuggling' then 'smuggled_migrant' else 'victim' end
    from made m join cases c on c.id = split_part(substr(m.display_name, 8), '#', 1)::uuid`),
  );
}
