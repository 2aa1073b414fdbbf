import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';
import { matchAllJurisdictions } from './refresh.ts';

let t: TestApp;
let serbia: SignedIn;
let bosnia: SignedIn;
const ids: Record<string, string> = {};

async function settle() {
  await t.app.veza.followUp.idle();
  await t.app.veza.followUp.idle();
}

beforeAll(async () => {
  t = await startTestApp();
  serbia = await t.signIn('investigator.rs');
  bosnia = await t.signIn('investigator.ba');
  const record = async (who: SignedIn, key: string, body: Record<string, unknown>) => {
    const response = await who.post('/api/persons', body);
    expect(response.statusCode, response.body).toBe(201);
    ids[key] = response.json().id;
  };
  await record(serbia, 'rsMarko', {
    names: [{ givenNames: 'Marko', familyNames: 'Đorđević' }],
    sex: 'male',
    birthDate: '1985-03-14',
    phones: ['064 123 4567'],
  });
  await record(serbia, 'ana', {
    names: [{ givenNames: 'Ana', familyNames: 'Petrović' }],
    sex: 'female',
    birthDate: '1990-06-02',
  });
  await record(bosnia, 'baMarko', {
    names: [{ givenNames: 'МАРКО', familyNames: 'ЂОРЂЕВИЋ' }],
    sex: 'male',
    birthDate: '1985-03-14',
    phones: ['+381 64 1234567'],
  });
  await record(bosnia, 'edin', {
    names: [{ givenNames: 'Edin', familyNames: 'Hodžić' }],
    sex: 'male',
    birthDate: '1977',
  });
  await settle();
});
afterAll(() => t.close());

describe('hit/no-hit across jurisdictions', () => {
  it('tells each side whom to ask, with the band and what matched, and nothing of the other record', async () => {
    const response = await bosnia.get('/api/hits');
    expect(response.statusCode, response.body).toBe(200);
    const { hits } = response.json();
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit.record).toMatchObject({ kind: 'person', label: 'МАРКО ЂОРЂЕВИЋ', caseId: null });
    expect(hit.other.jurisdiction).toBe('RS');
    expect(hit.other.agency.name).toBeTruthy();
    expect(hit.other.contactPoints.length).toBeGreaterThan(0);
    expect(hit.other.handlingCode).toBe('H0');
    expect(hit.band).toBe('strong');
    expect(hit.evidence).toEqual(expect.arrayContaining(['name', 'birth_date', 'phone']));
    expect(hit.status).toBe('new');
    for (const secret of ['Marko', 'Đorđević', 'Petrović', '1985', '1234567', ids.rsMarko!])
      expect(response.body).not.toContain(secret);
    const other = (await serbia.get('/api/hits')).json().hits;
    expect(
      other.map((h: { id: string; other: { jurisdiction: string } }) => [h.id, h.other.jurisdiction]),
    ).toEqual([[hit.id, 'BA']]);
    expect(JSON.stringify(other)).not.toContain('ЂОРЂЕВИЋ');
  });

  it('notifies the agencies that hold the two records; looking at the hits reads the notifications', async () => {
    // Both sides opened their hits above.
    for (const side of [bosnia, serbia]) {
      const all = (await side.get('/api/notifications')).json().notifications;
      expect(all).toEqual([
        expect.objectContaining({
          kind: 'hit',
          hitId: expect.any(String),
          request: null,
          readAt: expect.any(String),
        }),
      ]);
    }
    const colleague = await t.signIn('prosecutor.ba'); // another agency of BA: not notified
    expect((await colleague.get('/api/notifications')).json().notifications).toEqual([]);
  });

  it('keeps only encodings and references in the matcher’s store', async () => {
    const { rows } = await t.database.owner(
      `select reference::text, jurisdiction, encoding::text as encoding from match_encodings`,
    );
    expect(rows.length).toBe(4);
    const stored = JSON.stringify(rows).toLowerCase();
    for (const plain of [
      'marko',
      'djordjevic',
      'đorđević',
      'ђорђевић',
      'petrovi',
      'hodži',
      '1985-03-14',
      '641234567',
    ])
      expect(stored).not.toContain(plain);
    const persons = await t.database.owner(`select id::text from persons`);
    for (const row of persons.rows) expect(stored).not.toContain(String(row.id));
  });

  it('counts new hits for the badge, and lets each side decide for itself', async () => {
    expect((await bosnia.get('/api/hits/count')).json()).toEqual({ new: 1 });
    const [hit] = (await bosnia.get('/api/hits')).json().hits;
    const decided = await bosnia.post(`/api/hits/${hit.id}/not-relevant`);
    expect(decided.statusCode, decided.body).toBe(204);
    expect((await bosnia.get('/api/hits/count')).json()).toEqual({ new: 0 });
    expect((await serbia.get('/api/hits/count')).json()).toEqual({ new: 1 });
    const analyst = await t.signIn('analyst.ba');
    expect((await analyst.get('/api/hits')).statusCode).toBe(403);
    const { rows } = await t.database.owner(
      `select action, details from audit_log where record_type = 'hit'`,
    );
    expect(rows.map((r) => r.details)).toEqual([{ status: 'not_relevant' }]);
  });

  it('teaches the regional matcher: the decision is counted (levels only) in a new version every side sees', async () => {
    await settle();
    const coordinator = await t.signIn('coordinator.rs');
    const { region } = (await coordinator.get('/api/matching-model')).json();
    expect(region).toMatchObject({ sameDecisions: 0, differentDecisions: 1 });
    expect(region.version).toBeGreaterThan(1);
    expect(region.calibration.pairs).toBe(1);
    const { rows } = await t.database.owner(
      `select labels::text as labels from matching_models where scope = 'region' and active`,
    );
    for (const secret of ['Marko', 'МАРКО', '1985', '1234567']) expect(rows[0]!.labels).not.toContain(secret);
    const audit = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'matching_model' and jurisdiction = 'region'`,
    );
    expect(audit.rows[0]!.n).toBe(region.version);
  });

  it('finds the same plate in a case on each side, and shows each side only its own vehicle', async () => {
    const caseWithVan = async (who: SignedIn, title: string, plate: string) => {
      const opened = await who.post('/api/cases', { type: 'smuggling', openedOn: '2026-03-01', title });
      expect(opened.statusCode, opened.body).toBe(201);
      const van = await who.post(`/api/cases/${opened.json().id}/vehicles`, {
        plate,
        country: 'RS',
        make: 'Mercedes',
      });
      expect(van.statusCode, van.body).toBe(201);
      return opened.json() as { id: string; reference: string };
    };
    const serbian = await caseWithVan(serbia, 'Kombi kod Šida', 'NS 044-KT');
    const bosnian = await caseWithVan(bosnia, 'Kombi kod Rače', 'ns044kt');
    await settle();
    const plates = (await bosnia.get('/api/hits'))
      .json()
      .hits.filter((h: { record: { kind: string } }) => h.record.kind === 'vehicle');
    expect(plates).toHaveLength(1);
    expect(plates[0]).toMatchObject({
      band: 'strong',
      evidence: ['plate'],
      record: { kind: 'vehicle', label: `ns044kt (${bosnian.reference})`, caseId: bosnian.id },
      other: { jurisdiction: 'RS', handlingCode: 'H0' },
    });
    const text = JSON.stringify(plates);
    for (const secret of [serbian.reference, serbian.id, 'Šida', 'NS 044-KT'])
      expect(text).not.toContain(secret);
    const { rows } = await t.database.owner(
      `select encoding::text as encoding from match_encodings where kind = 'vehicle'`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(String(row.encoding).toUpperCase()).not.toContain('NS044KT');
  });

  it('lists a page at a time, strongest first, filtered by decision, band and kind, with the counts for the tabs', async () => {
    const all = (await bosnia.get('/api/hits')).json();
    expect(all.total).toBe(2);
    expect(all.counts).toEqual({ new: 1, not_relevant: 1, confirmed: 0 });
    expect(all.hits.map((h: { record: { kind: string } }) => h.record.kind).sort()).toEqual([
      'person',
      'vehicle',
    ]);
    const first = (await bosnia.get('/api/hits?limit=1')).json();
    const second = (await bosnia.get('/api/hits?limit=1&offset=1')).json();
    expect([first.hits.length, second.hits.length, first.total, second.total]).toEqual([1, 1, 2, 2]);
    expect(first.hits[0].id).not.toBe(second.hits[0].id);
    expect((await bosnia.get('/api/hits?limit=1&offset=2')).json()).toMatchObject({ hits: [], total: 2 });
    const undecided = (await bosnia.get('/api/hits?status=new')).json();
    expect(undecided.hits.map((h: { record: { kind: string } }) => h.record.kind)).toEqual(['vehicle']);
    expect(undecided.total).toBe(1);
    const people = (await bosnia.get('/api/hits?kind=person')).json();
    expect(people).toMatchObject({ total: 1, counts: { new: 0, not_relevant: 1, confirmed: 0 } });
    expect((await bosnia.get('/api/hits?band=possible')).json()).toMatchObject({ hits: [], total: 0 });
    // The badge counts what the page's "new" tab lists.
    expect((await bosnia.get('/api/hits/count')).json()).toEqual({ new: undecided.total });
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['offset=-1', 'offset'],
      ['status=maybe', 'status'],
      ['band=certain', 'band'],
    ]) {
      const refused = await bosnia.get(`/api/hits?${query}`);
      expect(refused.statusCode, query).toBe(400);
      expect(refused.body, query).toContain(field);
    }
  });

  it('runs the matcher one at a time region-wide: runs started together keep each hit once', async () => {
    const before = await t.database.owner(`select count(*)::int as n from hits`);
    // The undecided hits gone, both runs find them anew: two processes' follow-ups of two
    // jurisdictions, matching the whole region at the same moment, would both insert them.
    const undecided = await t.database.owner(
      `select count(*)::int as n from hits where status_a = 'new' and status_b = 'new'`,
    );
    expect(undecided.rows[0]!.n).toBeGreaterThan(0);
    await t.database.owner(`delete from hits where status_a = 'new' and status_b = 'new'`);
    const runs = await Promise.all([matchAllJurisdictions(t.database), matchAllJurisdictions(t.database)]);
    expect(runs[0].hits).toBe(runs[1].hits);
    // The first to take the lock adds them again; the second finds them there.
    expect(runs[0].added + runs[1].added).toBe(undecided.rows[0]!.n);
    const after = await t.database.owner(
      `select count(*)::int as n, count(distinct (reference_a, reference_b))::int as pairs from hits`,
    );
    expect(after.rows[0]).toEqual({ n: before.rows[0]!.n, pairs: before.rows[0]!.n });
  });

  it('withdraws a paused jurisdiction’s encodings', async () => {
    expect(
      (await bosnia.request({ method: 'PUT', url: '/api/hit-participation', payload: { paused: true } }))
        .statusCode,
    ).toBe(403);
    const admin = await t.signIn('admin.ba');
    const paused = await admin.request({
      method: 'PUT',
      url: '/api/hit-participation',
      payload: { paused: true },
    });
    expect(paused.statusCode, paused.body).toBe(204);
    const { rows } = await t.database.owner(
      `select count(*)::int as n from match_encodings where jurisdiction = 'BA'`,
    );
    expect(rows[0]!.n).toBe(0);
    await settle();
    const after = await t.database.owner(
      `select count(*)::int as n from match_encodings where jurisdiction = 'BA'`,
    );
    expect(after.rows[0]!.n).toBe(0);
  });
});
