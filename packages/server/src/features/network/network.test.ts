import { ChartDefinition } from '@veza/core/network';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../../access/actors.ts';
import { withActor } from '../../access/transaction.ts';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';
import { buildGraph } from './graph.ts';

/**
 * A small smuggling network in Serbia: a facilitator (Marko) who is a suspect in one case and
 * drove a leg of another; three migrants of one group who share a phone; a van seen in two cases;
 * a driver of the third case; and in Bosnia a record of the same Marko, which Serbia sees only as
 * a hit.
 */
let t: TestApp;
let rs: SignedIn;
let ba: SignedIn;
const id: Record<string, string> = {};
type Node = {
  id: string;
  kind: string;
  label: string;
  detail: string | null;
  jurisdiction: string | null;
  sharedBy: number | null;
  more: Record<string, number>;
};
type Edge = { id: string; source: string; target: string; kind: string; weight: number; date: string | null };

async function person(
  user: SignedIn,
  key: string,
  given: string,
  family: string,
  extra: Record<string, unknown> = {},
) {
  const response = await user.post('/api/persons', {
    names: [{ givenNames: given, familyNames: family }],
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  id[key] = response.json().id;
}

async function openCase(user: SignedIn, key: string, title: string, openedOn: string) {
  const response = await user.post('/api/cases', { type: 'smuggling', openedOn, title });
  expect(response.statusCode, response.body).toBe(201);
  id[key] = response.json().id;
}

async function role(user: SignedIn, caseKey: string, personKey: string, role: string) {
  const response = await user.post(`/api/cases/${id[caseKey]}/roles`, { personId: id[personKey], role });
  expect(response.statusCode, response.body).toBe(201);
}

beforeAll(async () => {
  t = await startTestApp();
  rs = await t.signIn('investigator.rs');
  ba = await t.signIn('investigator.ba');
  await person(rs, 'marko', 'Marko', 'Đorđević', {
    sex: 'male',
    birthDate: '1985-03-14',
    phones: ['064 123 4567'],
  });
  for (const [k, given] of [
    ['m1', 'Ahmad'],
    ['m2', 'Farid'],
    ['m3', 'Samir'],
  ] as const)
    await person(rs, k, given, 'Rahimi', { phones: ['+93 70 123 4567'] });
  await person(rs, 'driver', 'Dragan', 'Nikolić', { birthDate: '1979' });
  await person(rs, 'lone', 'Petar', 'Jovanović');
  await openCase(rs, 'c1', 'Group found in a van near Šid', '2025-02-10');
  await openCase(rs, 'c2', 'Crossing at Preševo', '2025-05-02');
  await openCase(rs, 'c3', 'Van stopped at Batrovci', '2025-09-20');
  await role(rs, 'c1', 'marko', 'suspect');
  for (const m of ['m1', 'm2', 'm3']) await role(rs, 'c1', m, 'smuggled_migrant');
  await role(rs, 'c3', 'driver', 'suspect');
  await role(rs, 'c2', 'lone', 'smuggled_migrant');
  for (const c of ['c1', 'c3'])
    expect(
      (await rs.post(`/api/cases/${id[c]}/vehicles`, { plate: 'BG 123-AB', make: 'Ford', model: 'Transit' }))
        .statusCode,
    ).toBe(201);
  const route = await rs.request({
    method: 'PUT',
    url: `/api/cases/${id.c2}/route`,
    payload: {
      legs: [
        {
          fromPlace: 'Kumanovo',
          fromCountry: 'MK',
          toPlace: 'Preševo',
          toCountry: 'RS',
          crossingId: 'mk-rs-tabanovce-presevo',
          departedOn: '2025-04-28',
          transportMode: 'car',
          facilitatorPersonId: id.marko,
        },
      ],
    },
  });
  expect(route.statusCode, route.body).toBe(200);
  await person(ba, 'baMarko', 'МАРКО', 'ЂОРЂЕВИЋ', {
    sex: 'male',
    birthDate: '1985-03-14',
    phones: ['+381 64 1234567'],
  });
  await person(ba, 'baOther', 'Edin', 'Hodžić', { phones: ['+93 70 123 4567'] });
  await t.app.veza.followUp.idle();
  await t.app.veza.followUp.idle();
}, 120_000);
afterAll(() => t.close());

async function graph(user: SignedIn, chart: Record<string, unknown>, analyse = false) {
  const response = await user.post('/api/network/graph', { chart, analyse });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    nodes: Node[];
    edges: Edge[];
    timeline: { kind: string; nodes: string[] }[];
    handlingCode: string;
    analysis: null | { communities: Record<string, number>; ranking: { node: string }[] };
  };
}

describe('the graph of what the user may see', () => {
  it('starts from a phone: the persons who used it, its weight saying how many share it', async () => {
    const g = await graph(rs, { seeds: ['phone:+93701234567'], hops: 1 });
    const phone = g.nodes.find((n) => n.id === 'phone:+93701234567')!;
    expect(phone.sharedBy).toBe(3);
    expect(
      g.nodes
        .filter((n) => n.kind === 'person')
        .map((n) => n.id)
        .sort(),
    ).toEqual([id.m1, id.m2, id.m3].map((p) => `person:${p}`).sort());
    // A phone of a group of three ties each pair by a half, and the persons' cases are there to expand.
    expect(g.edges.every((e) => e.kind === 'phone' && e.weight === 0.5)).toBe(true);
    const m1 = g.nodes.find((n) => n.id === `person:${id.m1}`)!;
    expect(m1.more).toEqual({ case: 1 });
  });

  it('expands to the persons and cases, two hops and by kind', async () => {
    const g = await graph(rs, {
      seeds: ['phone:+93701234567'],
      hops: 2,
      expansions: [{ node: `case:${id.c1}`, kinds: ['vehicle'] }],
    });
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.has(`case:${id.c1}`)).toBe(true);
    expect(ids.has('vehicle:BG123AB')).toBe(true);
    // Marko came in through case 1 (a tie drawn between nodes already on the chart).
    expect(ids.has(`person:${id.marko}`)).toBe(false);
    expect(g.edges.some((e) => e.kind === 'vehicle' && e.source === `case:${id.c1}`)).toBe(true);
    expect(g.nodes.find((n) => n.id === `case:${id.c1}`)!.more).toMatchObject({ person: 1 });
    expect(g.timeline.some((i) => i.kind === 'case_opened' && i.nodes.includes(`case:${id.c1}`))).toBe(true);
  });

  it("holds no node of Bosnia, only Bosnia's hit, opaque", async () => {
    const g = await graph(rs, { seeds: [`person:${id.marko}`], hops: 3, limit: 1000 });
    const hit = g.nodes.find((n) => n.kind === 'hit');
    expect(hit).toMatchObject({ jurisdiction: 'BA', label: 'BA' });
    // The band alone, which the interface names in its own words.
    expect(['strong', 'probable', 'possible']).toContain(hit!.detail);
    // A leg on the timeline: its countries, and its transport apart, for the interface to name.
    const leg = (g.timeline as unknown as { kind: string; label: string; transport: string | null }[]).find(
      (i) => i.kind === 'leg',
    );
    expect(leg).toMatchObject({ label: 'MK → RS', transport: 'car' });
    for (const n of g.nodes) {
      if (n.kind !== 'hit' && n.kind !== 'crossing') expect(n.jurisdiction, n.id).toBe('RS');
      expect(n.id).not.toContain(id.baMarko!);
      expect(n.id).not.toContain(id.baOther!);
      expect(n.label).not.toMatch(/МАРКО|Hodžić/);
    }
    // The Afghan phone Bosnia also recorded is one of Serbia's: shared by Serbia's three, not four.
    expect(g.nodes.find((n) => n.id === 'phone:+93701234567')?.sharedBy).toBe(3);
    expect(JSON.stringify(g)).not.toContain(id.baMarko!);
  });

  it('refuses a seed of another jurisdiction as not found, naming the field', async () => {
    const response = await rs.post('/api/network/graph', { chart: { seeds: [`person:${id.baMarko}`] } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.field).toBe('chart.seeds');
    const path = await rs.post('/api/network/path', {
      chart: { seeds: [`person:${id.marko}`] },
      from: `person:${id.marko}`,
      to: `person:${id.baMarko}`,
    });
    expect(path.statusCode).toBe(404);
    expect(path.json().error.field).toBe('to');
    const saved = await rs.post('/api/network/charts', {
      name: 'x',
      definition: { seeds: [`person:${id.baMarko}`] },
    });
    expect(saved.statusCode).toBe(404);
    expect(saved.json().error.field).toBe('definition.seeds');
    const bad = await rs.post('/api/network/graph', { chart: { seeds: ['person'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/chart\.seeds/);
  });

  it('is for those who read investigation records', async () => {
    const analyst = await t.signIn('analyst.rs');
    expect(
      (await analyst.post('/api/network/graph', { chart: { seeds: [`person:${id.marko}`] } })).statusCode,
    ).toBe(403);
  });

  it('finds communities and ranks the broker first', async () => {
    const g = await graph(rs, { seeds: [`person:${id.marko}`], hops: 3, limit: 1000 }, true);
    expect(g.analysis).not.toBeNull();
    expect(g.analysis!.ranking[0]!.node).toBe(`person:${id.marko}`);
  });

  it('filters by date: ties outside the range are left out', async () => {
    const g = await graph(rs, { seeds: [`person:${id.marko}`], hops: 1, filters: { from: '2025-04-01' } });
    const cases = g.nodes.filter((n) => n.kind === 'case').map((n) => n.id);
    expect(cases).toEqual([`case:${id.c2}`]);
  });
});

describe('paths', () => {
  it('finds the path from a phone to the driver of another case, through the van', async () => {
    const response = await rs.post('/api/network/path', {
      chart: { seeds: ['phone:+93701234567'], hops: 1 },
      from: 'phone:+93701234567',
      to: `person:${id.driver}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const path = response.json();
    expect(path.found).toBe(true);
    expect(path.nodes.map((n: Node) => n.kind)).toEqual([
      'phone',
      'person',
      'case',
      'vehicle',
      'case',
      'person',
    ]);
    expect(path.nodes.at(-1).id).toBe(`person:${id.driver}`);
  });

  it('in time order, refuses to go back from the 2025-09 case to the 2025-05 one', async () => {
    const body = {
      chart: { seeds: [`person:${id.driver}`] },
      from: `person:${id.driver}`,
      to: `person:${id.lone}`,
    };
    const any = (await rs.post('/api/network/path', body)).json();
    expect(any.found).toBe(true);
    const ordered = (await rs.post('/api/network/path', { ...body, timeRespecting: true })).json();
    expect(ordered.found).toBe(false);
    const forward = (
      await rs.post('/api/network/path', {
        ...body,
        from: `person:${id.lone}`,
        to: `person:${id.driver}`,
        timeRespecting: true,
      })
    ).json();
    expect(forward.found).toBe(false); // c2 (May) → Marko → c1 (February): back in time
  });
});

describe('saved charts', () => {
  it('saves, shares with a colleague who sees it, and keeps it from the others', async () => {
    const definition = {
      seeds: [`person:${id.marko}`],
      hops: 2,
      pinned: [{ node: `person:${id.marko}`, x: 1, y: 2 }],
    };
    const saved = await rs.post('/api/network/charts', { name: 'Marko’s network', definition });
    expect(saved.statusCode, saved.body).toBe(201);
    const chart = saved.json();
    expect(chart.actions).toEqual(['read', 'update', 'delete', 'share']);

    const prosecutor = await t.signIn('prosecutor.rs');
    expect((await prosecutor.get(`/api/network/charts/${chart.id}`)).statusCode).toBe(404);
    const colleagues = (await rs.get('/api/network/colleagues')).json() as { id: string; username: string }[];
    expect(colleagues.map((c) => c.username)).toContain('prosecutor.rs');
    expect(colleagues.map((c) => c.username)).not.toContain('analyst.rs');
    const analystId = (await t.signIn('analyst.rs')).me.id;
    const refused = await rs.request({
      method: 'PUT',
      url: `/api/network/charts/${chart.id}/shares`,
      payload: { userIds: [analystId] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('userIds');

    const shared = await rs.request({
      method: 'PUT',
      url: `/api/network/charts/${chart.id}/shares`,
      payload: { userIds: [prosecutor.me.id] },
    });
    expect(shared.statusCode, shared.body).toBe(200);
    const seen = await prosecutor.get(`/api/network/charts/${chart.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().actions).toEqual(['read']);
    expect((await prosecutor.get('/api/network/charts')).json().map((c: { id: string }) => c.id)).toEqual([
      chart.id,
    ]);
    const change = await prosecutor.request({
      method: 'PUT',
      url: `/api/network/charts/${chart.id}`,
      payload: { name: 'x', definition, version: 1 },
    });
    expect(change.statusCode).toBe(403);
    expect((await ba.get(`/api/network/charts/${chart.id}`)).statusCode).toBe(404);

    const renamed = await rs.request({
      method: 'PUT',
      url: `/api/network/charts/${chart.id}`,
      payload: { name: 'Šid group', definition, version: 1 },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const stale = await rs.request({
      method: 'PUT',
      url: `/api/network/charts/${chart.id}`,
      payload: { name: 'again', definition, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect((await rs.request({ method: 'DELETE', url: `/api/network/charts/${chart.id}` })).statusCode).toBe(
      204,
    );
    expect((await prosecutor.get(`/api/network/charts/${chart.id}`)).statusCode).toBe(404);
  });

  it('refuses a chart without a name, naming the field', async () => {
    const response = await rs.post('/api/network/charts', {
      name: ' ',
      definition: { seeds: [`person:${id.marko}`] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('name');
  });
});

describe('exports', () => {
  it('hands over GraphML, GEXF, CSV and ANX, each audited with its purpose', async () => {
    const chart = { seeds: [`person:${id.marko}`], hops: 2 };
    for (const format of ['graphml', 'gexf', 'csv-nodes', 'csv-edges', 'anx']) {
      const response = await rs.post('/api/network/export', {
        chart,
        format,
        purpose: 'JIT Balkan route, request 17/2026',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-disposition']).toContain('attachment; filename="veza-network-H0-');
      expect(response.body).toContain(id.marko);
    }
    const png = await rs.post('/api/network/export', {
      chart,
      format: 'png',
      purpose: 'briefing slide for the prosecutor',
    });
    expect(png.statusCode).toBe(204);
    const { rows } = await t.database.owner(
      `select purpose, details->>'format' as format from audit_log where record_type = 'network_export' order by seq`,
    );
    expect(rows.map((r) => r.format)).toEqual(['graphml', 'gexf', 'csv-nodes', 'csv-edges', 'anx', 'png']);
    expect(rows[0]!.purpose).toBe('JIT Balkan route, request 17/2026');
  });

  it('refuses an export without a purpose', async () => {
    const response = await rs.post('/api/network/export', {
      chart: { seeds: [`person:${id.marko}`] },
      format: 'graphml',
      purpose: '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('purpose');
  });
});

describe('hubs', () => {
  it('draws a crossing many cases pass but does not step through it, unless asked', async () => {
    const through: string[] = [];
    for (let k = 0; k < 7; k++) {
      const opened = await rs.post('/api/cases', {
        type: 'smuggling',
        openedOn: '2025-08-01',
        title: `Horgos ${k}`,
      });
      through.push(opened.json().id);
      const route = await rs.request({
        method: 'PUT',
        url: `/api/cases/${opened.json().id}/route`,
        payload: {
          legs: [
            {
              fromCountry: 'RS',
              toCountry: 'HU',
              crossingId: 'rs-hu-horgos-roszke',
              departedOn: '2025-07-30',
            },
          ],
        },
      });
      expect(route.statusCode, route.body).toBe(200);
    }
    const chart = { seeds: [`case:${through[0]}`], hops: 2, limit: 5 };
    const g = await graph(rs, chart);
    const crossing = g.nodes.find((n) => n.id === 'crossing:rs-hu-horgos-roszke')!;
    expect(crossing.sharedBy).toBe(7);
    // Drawn, its other six cases counted but not drawn.
    expect(g.nodes.filter((n) => n.kind === 'case')).toHaveLength(1);
    expect(crossing.more).toEqual({ case: 6 });
    // Expanded on request: the most recent five of them.
    const expanded = await graph(rs, { ...chart, expansions: [{ node: crossing.id, kinds: ['case'] }] });
    expect(expanded.nodes.filter((n) => n.kind === 'case')).toHaveLength(6);
    expect(expanded.nodes.find((n) => n.id === crossing.id)!.more).toEqual({ case: 1 });
  });
});

describe('the size of a chart', () => {
  it('stops at the most nodes a chart holds, and says so', async () => {
    const investigator = await actorOf(t.database, 'investigator.rs');
    const chart = ChartDefinition.parse({ seeds: [`person:${id.marko}`], hops: 3, limit: 1000 });
    const whole = await withActor(t.database, investigator, (ctx) => buildGraph(ctx, chart));
    expect(whole.capped).toBe(false);
    expect(whole.nodes.length).toBeGreaterThan(6);
    const cut = await withActor(t.database, investigator, (ctx) => buildGraph(ctx, chart, { maxNodes: 6 }));
    expect(cut.capped).toBe(true);
    expect(cut.nodes).toHaveLength(6);
    // Every tie drawn joins two nodes drawn.
    const drawn = new Set(cut.nodes.map((n) => n.id));
    for (const e of cut.edges) expect(drawn.has(e.source) && drawn.has(e.target)).toBe(true);
  });
});
