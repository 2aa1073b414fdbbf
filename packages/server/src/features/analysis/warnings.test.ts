/**
 * Early warnings on the demo region's two years: the planted surge through Gradina – Kalotina in
 * Serbia and online recruitment new to Serbia and to Bosnia and Herzegovina are found at their
 * week; Serbia's coordinators are told with the count, the region's as an aggregate; a second run
 * tells nobody again; an analyst of another jurisdiction sees none of Serbia's warnings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHistory } from '../../demo/history.ts';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';
import { refreshAnalysis } from './refresh.ts';
import { raiseWarnings } from './warnings.ts';

let t: TestApp;
const now = new Date('2026-11-30T12:00:00Z');
let raised: number;

interface Warning {
  jurisdiction: string;
  kind: string;
  dimension: string;
  value: string;
  week: string;
  since: string;
  count: number | null;
  expected: number | null;
  alsoIn: string[];
}

async function warningsOf(who: SignedIn): Promise<Warning[]> {
  const response = await who.get('/api/analysis/warnings');
  expect(response.statusCode, response.body).toBe(200);
  return response.json().warnings;
}

beforeAll(async () => {
  t = await startTestApp();
  // The app's own round (every half minute) would raise the warnings first when seeding takes
  // longer than that on a loaded machine; this test runs the steps itself.
  await t.app.veza.analysis.close();
  await seedDemoHistory(t.database, now);
  await refreshAnalysis(t.database);
  raised = await raiseWarnings(t.database, now);
}, 180_000);
afterAll(() => t.close());

describe('early warnings on the demo history', () => {
  it('find the surge through Gradina – Kalotina in the weeks it began, with what changed and since when', async () => {
    const analyst = await t.signIn('analyst.rs');
    const warnings = await warningsOf(analyst);
    const surge = warnings.find((w) => w.dimension === 'crossing' && w.value === 'rs-bg-gradina-kalotina');
    expect(surge, JSON.stringify(warnings)).toBeTruthy();
    // The surge was planted in the last six weeks before 30 November.
    expect(surge!.week >= '2026-10-12' && surge!.week <= '2026-11-23', surge!.week).toBe(true);
    expect(surge!.count!).toBeGreaterThan(surge!.expected! * 2);
    expect(surge!.since <= surge!.week).toBe(true);
    expect(warnings.every((w) => w.jurisdiction === 'RS')).toBe(true);
  });

  it('find online recruitment new to Serbia and to Bosnia and Herzegovina within a month', async () => {
    const analyst = await t.signIn('analyst.ba');
    const fresh = (await warningsOf(analyst)).filter((w) => w.kind === 'new_modus_operandi');
    expect(fresh.map((w) => [w.value, w.alsoIn])).toEqual([['online_recruitment', ['RS']]]);
  });

  it('tell the jurisdiction’s coordinators and the region’s, once', async () => {
    expect(raised).toBeGreaterThanOrEqual(3);
    const coordinator = await t.signIn('coordinator.rs');
    const mine = (await coordinator.get('/api/notifications')).json().notifications as {
      kind: string;
      analysisWarning: { dimension: string; value: string } | null;
    }[];
    expect(
      mine.some(
        (n) => n.kind === 'analysis_increase' && n.analysisWarning?.value === 'rs-bg-gradina-kalotina',
      ),
    ).toBe(true);
    const regional = await t.signIn('coordinator.reg');
    const theirs = (await regional.get('/api/notifications')).json().notifications as { kind: string }[];
    expect(theirs.filter((n) => n.kind.startsWith('analysis_')).length).toBeGreaterThanOrEqual(3);
    expect(await raiseWarnings(t.database, now)).toBe(0);
  });

  it('give the year’s Eurostat tables of victims as CSV, protected, with Eurostat’s flag where withheld', async () => {
    const analyst = await t.signIn('analyst.rs');
    const response = await analyst.get('/api/analysis/statistics.csv?year=2026&who=victims');
    expect(response.statusCode, response.body).toBe(200);
    const lines = response.body
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(lines[0]).toEqual([
      'table',
      'sex',
      'age',
      'citizen',
      'exploit',
      'geo',
      'TIME_PERIOD',
      'OBS_VALUE',
      'OBS_FLAG',
    ]);
    const body = lines.slice(1);
    // Sex (F, M, UNK, T) by age (3 + TOTAL), citizenship (4 + TOTAL), form of exploitation (4 + TOTAL).
    expect(body.length).toBe(4 * 4 + 4 * 5 + 4 * 5);
    for (const l of body) {
      expect(l[5]).toBe('RS');
      if (l[7] === '') expect(l[8]).toBe('c');
      else expect(Number(l[7])).toBeGreaterThanOrEqual(10);
    }
    const { rows } = await t.database.owner(`
      select count(*)::int as n from case_roles r join cases c on c.id = r.case_id
      where c.jurisdiction = 'RS' and extract(year from c.opened_on) = 2026
        and c.type in ('trafficking', 'both') and r.role in ('victim', 'presumed_victim')`);
    const total = body.find((l) => l[1] === 'T' && l[2] === 'TOTAL' && l[0]!.includes('age group'));
    if (total![7] !== '') expect(Number(total![7])).toBe(rows[0]!.n);
    const bad = await analyst.get('/api/analysis/statistics.csv?year=last');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/year/);
  });

  it('show the region no count under 10', async () => {
    const regional = await t.signIn('analyst.reg');
    const warnings = await warningsOf(regional);
    expect(new Set(warnings.map((w) => w.jurisdiction)).size).toBeGreaterThanOrEqual(2);
    for (const w of warnings) if (w.count !== null) expect(w.count).toBeGreaterThanOrEqual(10);
  });
});
