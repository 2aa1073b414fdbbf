import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/app.ts';
import { seedDemoRecords } from './records.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoRecords(t.database);
  // The duplicate search that follows the seeding runs over every jurisdiction's persons first.
  await t.app.veza.followUp.idle();
}, 180_000);
afterAll(() => t.close());

describe('the demo investigation records', () => {
  it('give several jurisdictions cases with people, routes and vehicles, all marked as demo data', async () => {
    const investigator = await t.signIn('investigator.rs');
    const { cases } = (await investigator.get('/api/cases?limit=500')).json();
    expect(cases.length).toBeGreaterThanOrEqual(2);
    expect(cases.every((c: { isDemo: boolean }) => c.isDemo)).toBe(true);
    const { cases: sid } = (await investigator.get(`/api/cases?q=${encodeURIComponent('Шида')}`)).json();
    const view = (await investigator.get(`/api/cases/${sid[0].id}`)).json();
    expect(view.people).toHaveLength(3);
    expect(view.route.map((l: { crossing: { id: string } | null }) => l.crossing?.id ?? null)).toEqual([
      'mk-rs-tabanovce-presevo',
      null,
      'rs-hr-sid-tovarnik',
    ]);
    expect(view.vehicles[0].plateNormalised).toBe('NS123EK');
    const { rows } = await t.database.owner(`select count(*)::int as n from persons where not is_demo`);
    expect(rows[0]!.n).toBe(0);
  });

  it('let a person be found across scripts in the demo data', async () => {
    const investigator = await t.signIn('investigator.rs');
    const hits = (await investigator.get('/api/search?q=Djordjevic')).json().hits;
    expect(hits.map((h: { label: string }) => h.label).sort()).toEqual([
      'Marko Djordjevic',
      'Марко Ђорђевић',
    ]);
  });

  it('offer the driver recorded twice in Serbia as a possible duplicate', async () => {
    const investigator = await t.signIn('investigator.rs');
    const hits = (await investigator.get('/api/search?q=Djordjevic')).json().hits;
    const cyrillic = hits.find((h: { label: string }) => h.label === 'Марко Ђорђевић');
    const { duplicates } = (
      await investigator.get(`/api/persons/${cyrillic.id}/duplicates?purpose=demo`)
    ).json();
    expect(duplicates.map((d: { person: { displayName: string } }) => d.person.displayName)).toEqual([
      'Marko Djordjevic',
    ]);
    const { rows } = await t.database.owner(
      `select count(*)::int as n from person_duplicates where not is_demo`,
    );
    expect(rows[0]!.n).toBe(0);
  });
});

describe('the demo screenings', () => {
  it('give every jurisdiction forty screenings, mostly without indicators, some at risk or presumed victims', async () => {
    // Those made through the interview service by the demo screeners (the history's have no author).
    const { rows } = await t.database.owner(
      `select jurisdiction, outcome, count(*)::int as n, bool_and(is_demo) as demo from screenings
       where created_by is not null group by 1, 2`,
    );
    const byJurisdiction = new Map<string, number>();
    for (const r of rows)
      byJurisdiction.set(
        String(r.jurisdiction),
        (byJurisdiction.get(String(r.jurisdiction)) ?? 0) + Number(r.n),
      );
    expect([...byJurisdiction.values()]).toEqual([40, 40, 40, 40, 40, 40]);
    const byOutcome = new Map<string, number>();
    for (const r of rows)
      byOutcome.set(String(r.outcome), (byOutcome.get(String(r.outcome)) ?? 0) + Number(r.n));
    expect(byOutcome.get('at_risk')).toBeGreaterThan(10);
    expect(byOutcome.get('presumed_victim') ?? 0).toBeGreaterThan(0);
    expect(
      (byOutcome.get('no_indicators') ?? 0) + (byOutcome.get('vulnerable_smuggled') ?? 0),
    ).toBeGreaterThan(60);
    expect(rows.every((r) => r.demo)).toBe(true);
    const { rows: all } = await t.database.owner(`select bool_and(is_demo) as demo from screenings`);
    expect(all[0]!.demo).toBe(true);
    // The screener's list, newest first, holds the forty of the last half year among the history's.
    const screener = await t.signIn('screener.rs');
    const listed = (await screener.get('/api/screenings?limit=500')).json().screenings as {
      conductedAt: string;
    }[];
    expect(listed.length).toBeGreaterThan(40);
    const times = listed.map((s) => s.conductedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('the demo protection cases', () => {
  it('give every jurisdiction’s caseworker seven cases at the stages an agency sees at once', async () => {
    const { rows } = await t.database.owner(
      `select jurisdiction, count(*)::int as n, count(*) filter (where status = 'closed')::int as closed,
         count(*) filter (where child)::int as children, bool_and(is_demo) as demo,
         count(*) filter (where reflection_last_day between current_date and current_date + 7)::int as ending
       from protection_cases group by 1 order by 1`,
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r).toMatchObject({ n: 7, closed: 1, children: 1, demo: true, ending: 1 });
    const work = await t.database.owner(
      `select c.jurisdiction,
         count(*) filter (where a.status = 'pending')::int as waiting,
         count(*) filter (where a.status = 'approved')::int as approved,
         (select count(*)::int from protection_service_referrals s where s.jurisdiction = c.jurisdiction and s.status = 'accepted') as sheltered
       from protection_approvals a join protection_cases c on c.id = a.case_id group by 1 order by 1`,
    );
    for (const r of work.rows) expect(r).toMatchObject({ waiting: 1, approved: 7 });
    // Where the jurisdiction has an NGO provider, a shelter accepted a referral.
    expect(work.rows.filter((r) => r.sheltered === 1).map((r) => r.jurisdiction)).toEqual(['AL', 'MK']);
  });
});

describe('the demo network', () => {
  it('lets a Serbian investigator find, from one phone, the van, both Serbian cases and the facilitator’s hits in Bosnia and North Macedonia', async () => {
    await t.app.veza.followUp.idle();
    const investigator = await t.signIn('investigator.rs');
    const response = await investigator.post('/api/network/graph', {
      chart: { seeds: ['phone:+381659001234'], hops: 3 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const graph = response.json() as {
      nodes: { id: string; kind: string; label: string; jurisdiction: string | null }[];
    };
    const labels = graph.nodes.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(['Драган Николић', 'Небојша Марић', 'BG 456-KL']));
    expect(graph.nodes.filter((n) => n.kind === 'case')).toHaveLength(2);
    const hits = graph.nodes.filter((n) => n.kind === 'hit').map((n) => n.jurisdiction);
    expect(new Set(hits)).toEqual(new Set(['BA', 'MK']));
    expect(
      graph.nodes.every((n) => n.kind === 'hit' || n.kind === 'crossing' || n.jurisdiction === 'RS'),
    ).toBe(true);
  });
});

describe('the demo knowledge exchange', () => {
  it("holds the seed's meeting with its decisions and closed action points, and open ones followed up", async () => {
    const ba = await t.signIn('investigator.ba');
    const meetings = (await ba.get('/api/knowledge/meetings')).json();
    const budva = meetings.find((m: { place: string }) => m.place === 'Budva, Montenegro');
    expect(budva).toMatchObject({ minutesStatus: 'approved', status: 'held', openActionPoints: 0 });
    const view = (await ba.get(`/api/knowledge/meetings/${budva.id}`)).json();
    expect(view.decisions).toHaveLength(3);
    expect(view.participants.length).toBeGreaterThanOrEqual(12);
    expect(view.actionPoints.every((a: { status: string }) => a.status === 'done')).toBe(true);
    const followUp = (await ba.get('/api/knowledge/follow-up?mine=true')).json();
    expect(followUp.items.map((a: { title: string }) => a.title)).toContain(
      'Test hit/no-hit checks of phones with Serbia',
    );
    const all = (await ba.get('/api/knowledge/follow-up')).json();
    expect(all.counts.overdue).toBeGreaterThan(0);
    expect(all.counts.done).toBeGreaterThan(0);
    const { rows } = await t.database.owner(
      `select (select count(*) from meetings where not is_demo)::int + (select count(*) from practices where not is_demo)::int as n`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('holds a dozen practices in several languages, drafts hidden from other agencies', async () => {
    const rs = await t.signIn('investigator.rs');
    const found = (await rs.get('/api/knowledge/practices?limit=100')).json();
    expect(found.total).toBeGreaterThanOrEqual(10);
    expect(new Set(found.items.map((p: { language: string }) => p.language)).size).toBeGreaterThanOrEqual(5);
    expect(found.items.some((p: { status: string }) => p.status === 'draft')).toBe(false);
    const named = (await rs.get(`/api/knowledge/practices?q=${encodeURIComponent('Ђорђевић')}`)).json();
    expect(named.items[0].title).toContain('Djordjevic');
  });
});
