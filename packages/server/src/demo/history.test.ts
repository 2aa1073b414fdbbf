/**
 * The demo region's two years of history: every jurisdiction has cases in every quarter, the
 * analysis facts count them all, and the two planted changes are there for the warnings to find.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../access/transaction.ts';
import { rowsOf } from '../db/connection.ts';
import { refreshAnalysis } from '../features/analysis/refresh.ts';
import { openTestDatabase, type TestDatabase } from '../testing/database.ts';
import { seedDemoHistory } from './history.ts';

let db: TestDatabase;
const now = new Date('2026-11-30T12:00:00Z');
const query = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await asSystem(db, (tx) => tx.execute(q)));

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDemoHistory(db, now);
  await refreshAnalysis(db);
}, 120_000);
afterAll(() => db.close());

describe('the demo history', () => {
  it('spans two years in every jurisdiction, and the facts count every case', async () => {
    const rows = await query<{ jurisdiction: string; quarters: number; n: number }>(sql`
      select jurisdiction, count(distinct date_trunc('quarter', opened_on))::int as quarters, count(*)::int as n
      from cases where source_key like 'demo-history-%' group by 1 order by 1`);
    expect(rows.map((r) => r.jurisdiction)).toEqual(['AL', 'BA', 'ME', 'MK', 'RS', 'XK']);
    for (const r of rows) expect(r.quarters, r.jurisdiction).toBeGreaterThanOrEqual(8);
    const [facts] = await query<{ n: number }>(sql`select count(*)::int as n from analysis_cases`);
    const [all] = await query<{ n: number }>(sql`select count(*)::int as n from cases`);
    expect(facts!.n).toBe(all!.n);
  });

  it('trebles Serbia’s cases through Gradina – Kalotina in the last six weeks', async () => {
    const [r] = await query<{ before: number; recent: number }>(sql`
      select count(*) filter (where opened_on < ${'2026-10-19'})::float / 98 as before,
             count(*) filter (where opened_on >= ${'2026-10-19'})::float / 6 as recent
      from analysis_cases where jurisdiction = 'RS' and crossings @> array['rs-bg-gradina-kalotina']`);
    expect(r!.recent).toBeGreaterThan(3 * r!.before);
  });

  it('brings online recruitment to Serbia and to Bosnia and Herzegovina only in the last three weeks', async () => {
    const rows = await query<{ jurisdiction: string; first: string }>(sql`
      select jurisdiction, min(opened_on)::text as first from analysis_cases
      where modus_operandi @> array['online_recruitment'] group by 1 order by 1`);
    expect(rows.map((r) => r.jurisdiction)).toEqual(['BA', 'RS']);
    for (const r of rows) expect(r.first >= '2026-11-02').toBe(true);
  });

  it('holds two years of screenings in every jurisdiction, enough for the vulnerabilities to show', async () => {
    const rows = await query<{ jurisdiction: string; quarters: number; n: number; outcomes: number }>(sql`
      select jurisdiction, count(distinct date_trunc('quarter', conducted_at))::int as quarters,
        count(*)::int as n, count(distinct outcome)::int as outcomes
      from screenings group by 1 order by 1`);
    expect(rows.map((r) => r.jurisdiction)).toEqual(['AL', 'BA', 'ME', 'MK', 'RS', 'XK']);
    for (const r of rows) {
      expect(r.quarters, r.jurisdiction).toBeGreaterThanOrEqual(8);
      expect(r.outcomes, r.jurisdiction).toBeGreaterThanOrEqual(3);
    }
    // Serbia's reception centres see some vulnerabilities often enough to be shown (10 or more).
    const [shown] = await query<{ n: number }>(sql`
      select count(*)::int as n from (
        select v ->> 'id' from screenings s cross join lateral jsonb_array_elements(s.result -> 'vulnerabilities') v
        where s.jurisdiction = 'RS' group by 1 having count(*) >= 10) x`);
    expect(shown!.n).toBeGreaterThanOrEqual(3);
  });

  it('has children among the people moved, about one in eight', async () => {
    const [r] = await query<{ share: number }>(sql`
      select avg((age_band in ('0-11', '12-17'))::int)::float as share from analysis_persons
      where role in ('victim', 'smuggled_migrant')`);
    expect(r!.share).toBeGreaterThan(0.08);
    expect(r!.share).toBeLessThan(0.18);
  });
});
