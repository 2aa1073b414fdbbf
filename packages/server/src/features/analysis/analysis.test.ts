/**
 * The analysis dashboard through the API, on generated records of one jurisdiction (Montenegro):
 * namesakes aside, what matters here is counts, so the generator skews nationalities and crossings
 * so that many counts are small, and spreads cases over two years. Every count shown is checked
 * against the records themselves (not the facts the dashboard reads), nothing under 10 is shown,
 * no two dashboards one filter apart differ by a small count, a regional analyst sees sums of
 * protected counts and no record, and the facts follow a change made through the API.
 */
import { seededRandom } from '@veza/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../access/transaction.ts';
import { rowsOf } from '../../db/connection.ts';
import { agencies, caseRoles, cases, persons, routeLegs } from '../../db/schema.ts';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';
import { refreshAnalysis } from './refresh.ts';

let t: TestApp;
let analyst: SignedIn;

const NATIONALITIES = ['AF', 'AF', 'AF', 'SY', 'SY', 'PK', 'MA', 'BD', 'IQ', 'TR', 'EG'];
const CROSSINGS = [
  'al-me-hani-i-hotit-bozaj',
  'al-me-hani-i-hotit-bozaj',
  'al-me-muriqan-sukobin',
  'ba-me-hum-scepan-polje',
  'me-hr-debeli-brijeg-karasovici',
  'me-xk-kula',
];

/** Cases of Montenegro over 2025 and 2026, each with a route into Montenegro and its people. */
async function generate(count: number) {
  const random = seededRandom(17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  await asSystem(t.database, async (tx) => {
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(sql`jurisdiction = 'ME'`)
      .limit(1);
    for (let i = 0; i < count; i++) {
      const year = random() < 0.5 ? 2025 : 2026;
      const month = 1 + Math.floor(random() * (year === 2026 ? 10 : 12));
      const openedOn = `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const [c] = await tx
        .insert(cases)
        .values({
          jurisdiction: 'ME',
          agencyId: agency!.id,
          reference: `ME-GEN-${i}`,
          type: pick(['smuggling', 'smuggling', 'trafficking', 'both'] as const),
          status: 'open',
          openedOn,
          title: `Generated case ${i}`,
          modusOperandi: random() < 0.3 ? ['foot_crossing_guided'] : [],
        })
        .returning({ id: cases.id });
      const people = 1 + Math.floor(random() * 4);
      for (let p = 0; p < people; p++) {
        const [person] = await tx
          .insert(persons)
          .values({
            jurisdiction: 'ME',
            agencyId: agency!.id,
            displayName: `Person ${i}-${p}`,
            sex: pick(['male', 'male', 'female', 'unknown'] as const),
            birthYear: 1975 + Math.floor(random() * 40),
            birthDate: null,
            nationalities: [pick(NATIONALITIES)],
          })
          .returning({ id: persons.id });
        await tx.insert(caseRoles).values({
          jurisdiction: 'ME',
          caseId: c!.id,
          personId: person!.id,
          role: p === 0 && random() < 0.3 ? 'suspect' : pick(['smuggled_migrant', 'victim'] as const),
        });
      }
      await tx.insert(routeLegs).values({
        jurisdiction: 'ME',
        caseId: c!.id,
        position: 1,
        fromCountry: 'AL',
        toCountry: 'ME',
        crossingId: pick(CROSSINGS),
        transportMode: pick(['foot', 'car', 'van'] as const),
        feeAmount: 300 + Math.floor(random() * 900),
        feeCurrency: 'EUR',
      });
    }
  });
  await refreshAnalysis(t.database);
}

/** The truth, from the records themselves: people moved by nationality, under optional conditions. */
async function truePeopleByNationality(where: { year?: number; crossing?: string }) {
  const rows = rowsOf<{ k: string; n: number }>(
    await asSystem(t.database, (tx) =>
      tx.execute(sql`
        select coalesce(p.nationalities[1], 'unknown') as k, count(*)::int as n
        from case_roles r join persons p on p.id = r.person_id join cases c on c.id = r.case_id
        where c.jurisdiction = 'ME' and r.role in ('victim', 'presumed_victim', 'smuggled_migrant')
          ${where.year ? sql`and extract(year from c.opened_on) = ${where.year}` : sql``}
          ${where.crossing ? sql`and exists (select 1 from route_legs l where l.case_id = c.id and l.crossing_id = ${where.crossing})` : sql``}
        group by 1`),
    ),
  );
  return new Map(rows.map((r) => [r.k, Number(r.n)]));
}

async function board(who: SignedIn, query: string) {
  const response = await who.get(`/api/analysis/dashboard${query ? `?${query}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    scope: string;
    charts: {
      key: string;
      cells: { key: string; count: number | null; atLeast: boolean }[];
      total: number | null;
    }[];
    fees: { leg: string; fees: number; median: number }[];
  };
}

const chart = (b: Awaited<ReturnType<typeof board>>, key: string) => b.charts.find((c) => c.key === key)!;

beforeAll(async () => {
  t = await startTestApp();
  await generate(420);
  analyst = await t.signIn('analyst.me');
}, 120_000);
afterAll(() => t.close());

describe('the dashboard of a jurisdiction', () => {
  const queries = [
    '',
    'year=2026',
    'crossing=al-me-hani-i-hotit-bozaj',
    'year=2025&crossing=ba-me-hum-scepan-polje',
    'crossing=me-xk-kula&nationality=SY',
  ];

  it('shows only true counts, none under 10', async () => {
    for (const query of queries) {
      const b = await board(analyst, query);
      const params = new URLSearchParams(query);
      const truth = await truePeopleByNationality({
        year: params.get('year') ? Number(params.get('year')) : undefined,
        crossing: params.get('crossing') ?? undefined,
      });
      for (const c of b.charts)
        for (const cell of c.cells)
          if (cell.count !== null)
            expect(cell.count, `${query} ${c.key} ${cell.key}`).toBeGreaterThanOrEqual(10);
      if (params.get('nationality')) continue;
      const nationality = chart(b, 'nationality');
      for (const cell of nationality.cells) {
        if (cell.count === null || cell.key === 'other') continue;
        expect(cell.count, `${query} ${cell.key}`).toBe(truth.get(cell.key) ?? 0);
      }
      if (nationality.total !== null)
        expect(nationality.total).toBe([...truth.values()].reduce((s, v) => s + v, 0));
    }
  });

  it('gives each chart alike whether asked alone or with the whole dashboard (counted together)', async () => {
    for (const query of ['year=2026&crossing=al-me-hani-i-hotit-bozaj', 'nationality=AF&sex=male']) {
      const whole = await board(analyst, query);
      expect(whole.charts.length).toBeGreaterThan(12);
      for (const c of whole.charts) {
        const alone = await board(analyst, `${query}&charts=${c.key}`);
        expect(alone.charts, `${query} ${c.key}`).toEqual([c]);
      }
    }
  });

  it('shows some counts and withholds some: the generated records have both', async () => {
    const b = await board(analyst, 'crossing=al-me-hani-i-hotit-bozaj');
    const cells = b.charts.flatMap((c) => c.cells);
    expect(cells.some((c) => c.count !== null)).toBe(true);
    expect(cells.some((c) => c.count === null)).toBe(true);
  });

  it('never differs by a small count from the same dashboard with one filter more or less', async () => {
    const pairs: [string, string][] = [
      ['', 'year=2026'],
      ['', 'crossing=al-me-hani-i-hotit-bozaj'],
      ['year=2026', 'year=2026&crossing=al-me-hani-i-hotit-bozaj'],
      ['crossing=al-me-hani-i-hotit-bozaj', 'year=2026&crossing=al-me-hani-i-hotit-bozaj'],
      ['nationality=AF', 'nationality=AF&transport=foot'],
    ];
    for (const [less, more] of pairs) {
      const a = await board(analyst, less);
      const b = await board(analyst, more);
      for (const c of b.charts) {
        const whole = chart(a, c.key);
        if (!whole) continue;
        for (const cell of c.cells) {
          const other = whole.cells.find((x) => x.key === cell.key);
          if (cell.count === null || !other || other.count === null) continue;
          const d = other.count - cell.count;
          expect(
            d === 0 || d >= 10,
            `${less} → ${more}: ${c.key} ${cell.key} ${other.count} - ${cell.count}`,
          ).toBe(true);
        }
        if (c.total !== null && whole.total !== null) {
          const d = whole.total - c.total;
          expect(d === 0 || d >= 10, `${less} → ${more}: ${c.key} total`).toBe(true);
        }
      }
    }
  });

  it('gives fees per leg only where ten or more were recorded: median and quartiles', async () => {
    const b = await board(analyst, '');
    const leg = b.fees.find((f) => f.leg === 'AL>ME');
    expect(leg).toBeTruthy();
    expect(leg!.fees).toBeGreaterThanOrEqual(10);
    expect(leg!.median).toBeGreaterThanOrEqual(300);
    expect(leg!.median).toBeLessThanOrEqual(1200);
  });

  it('exports one chart as CSV as the page shows it', async () => {
    const response = await analyst.get('/api/analysis/chart.csv?chart=nationality&year=2026');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const b = await board(analyst, 'year=2026');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('category,count,note');
    for (const cell of chart(b, 'nationality').cells)
      expect(lines).toContain(
        `${cell.key},${cell.count ?? ''},${cell.count === null ? 'withheld (under 10 or protecting one)' : ''}`,
      );
  });

  it("names the vulnerabilities as the jurisdiction's screening instrument does, in each language", async () => {
    const response = await analyst.get('/api/analysis/dashboard?charts=vulnerability');
    expect(response.statusCode, response.body).toBe(200);
    const { labels } = response.json() as { labels: Record<string, Record<string, { text: string }>> };
    const [instrument] = rowsOf<{
      vulnerabilities: { id: string; label: Record<string, { text: string }> }[];
    }>(
      await asSystem(t.database, (tx) =>
        tx.execute(sql`select definition -> 'vulnerabilities' as vulnerabilities from instruments
          where jurisdiction = 'ME' order by published_at desc, version desc limit 1`),
      ),
    );
    expect(instrument!.vulnerabilities.length).toBeGreaterThan(3);
    for (const v of instrument!.vulnerabilities) {
      expect(labels[v.id]?.en?.text, v.id).toBe(v.label.en!.text);
      expect(labels[v.id]?.sq?.text, v.id).toBe(v.label.sq!.text);
    }
    const other = await analyst.get('/api/analysis/dashboard?charts=nationality');
    expect((other.json() as { labels: object }).labels).toEqual({});
  });

  it('refuses bad filters, naming them', async () => {
    const year = await analyst.get('/api/analysis/dashboard?year=soon');
    expect(year.statusCode).toBe(400);
    expect(year.body).toMatch(/year/);
    const leg = await analyst.get('/api/analysis/dashboard?leg=Albania');
    expect(leg.statusCode).toBe(400);
    expect(leg.body).toMatch(/FROM>TO/);
    const many = await analyst.get(
      '/api/analysis/dashboard?year=2026&sex=male&transport=foot&caseType=smuggling&nationality=AF',
    );
    expect(many.statusCode).toBe(400);
    expect(many.body).toMatch(/at most 4 filters/);
    const chartName = await analyst.get('/api/analysis/dashboard?charts=nationality,favourites');
    expect(chartName.statusCode).toBe(400);
    expect(chartName.body).toMatch(/no chart favourites/);
  });

  it('is for analysts and coordinators only', async () => {
    const investigator = await t.signIn('investigator.me');
    const response = await investigator.get('/api/analysis/dashboard');
    expect(response.statusCode).toBe(403);
    expect(response.body).toMatch(/analysts and coordinators/);
  });

  it('rounds shown counts when the coordinators choose it, and only they may', async () => {
    const refused = await analyst.request({
      method: 'PUT',
      url: '/api/analysis/settings',
      payload: { roundTo: 5 },
    });
    expect(refused.statusCode).toBe(403);
    const coordinator = await t.signIn('coordinator.me');
    const set = await coordinator.request({
      method: 'PUT',
      url: '/api/analysis/settings',
      payload: { roundTo: 5 },
    });
    expect(set.statusCode, set.body).toBe(200);
    const b = await board(analyst, '');
    const shown = b.charts.flatMap((c) => c.cells).filter((c) => c.count !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) expect(c.count! % 5).toBe(0);
    await coordinator.request({ method: 'PUT', url: '/api/analysis/settings', payload: { roundTo: null } });
  });
});

describe('the facts', () => {
  it('follow a change made through the API once the analysis round has run', async () => {
    const before = chart(await board(analyst, 'year=2026'), 'caseType');
    const investigator = await t.signIn('investigator.me');
    for (let i = 0; i < 12; i++) {
      const created = await investigator.post('/api/cases', {
        type: 'trafficking',
        openedOn: '2026-03-02',
        title: `Labour exploitation ring ${i}`,
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const pending = await board(analyst, 'year=2026');
    expect((pending as unknown as { pending: number }).pending).toBeGreaterThanOrEqual(12);
    expect(await refreshAnalysis(t.database)).toBeGreaterThanOrEqual(12);
    const after = chart(await board(analyst, 'year=2026'), 'caseType');
    const trafficking = (c: typeof after) => c.cells.find((x) => x.key === 'trafficking')!.count;
    if (trafficking(before) !== null && trafficking(after) !== null)
      expect(trafficking(after)! - trafficking(before)!).toBe(12);
    if (before.total !== null && after.total !== null) expect(after.total - before.total).toBe(12);
  });
});

describe('the regional view', () => {
  it('sums what each jurisdiction shows, shows nothing under 10, and opens no record', async () => {
    const regional = await t.signIn('analyst.reg');
    const b = await board(regional, 'year=2026');
    expect(b.scope).toBe('region');
    for (const c of b.charts)
      for (const cell of c.cells)
        if (cell.count !== null) expect(cell.count, `${c.key} ${cell.key}`).toBeGreaterThanOrEqual(10);
    const mine = await board(analyst, 'year=2026');
    const me = chart(b, 'jurisdiction').cells.find((c) => c.key === 'ME')!;
    expect(me.count).toBe(chart(mine, 'caseType').total);
    // No record opens, and no listing lists one.
    const [someCase] = rowsOf<{ id: string }>(
      await asSystem(t.database, (tx) =>
        tx.execute(sql`select id from cases where jurisdiction = 'ME' limit 1`),
      ),
    );
    const [somePerson] = rowsOf<{ id: string }>(
      await asSystem(t.database, (tx) =>
        tx.execute(sql`select id from persons where jurisdiction = 'ME' limit 1`),
      ),
    );
    for (const url of [
      `/api/cases/${someCase!.id}?purpose=trend+analysis`,
      `/api/persons/${somePerson!.id}?purpose=trend+analysis`,
    ]) {
      const response = await regional.get(url);
      expect([403, 404], `${url}: ${response.statusCode}`).toContain(response.statusCode);
    }
    for (const url of ['/api/cases', '/api/persons', '/api/screenings', '/api/protection-cases']) {
      const response = await regional.get(url);
      if (response.statusCode === 200) {
        const body = response.json() as { items?: unknown[]; cases?: unknown[] } | unknown[];
        const items = Array.isArray(body) ? body : (body.items ?? body.cases ?? []);
        expect(items, url).toHaveLength(0);
      } else expect([403, 404], url).toContain(response.statusCode);
    }
  });
});
