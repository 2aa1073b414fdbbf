import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let investigator: SignedIn;
const ids: Record<string, string> = {};
const purpose = '?purpose=checking+duplicates';

async function record(key: string, body: Record<string, unknown>) {
  const response = await investigator.post('/api/persons', body);
  expect(response.statusCode, response.body).toBe(201);
  ids[key] = response.json().id;
}

beforeAll(async () => {
  t = await startTestApp();
  investigator = await t.signIn('investigator.rs');
  await record('marko', {
    names: [{ givenNames: 'Marko', familyNames: 'Đorđević' }],
    sex: 'male',
    birthDate: '1985-03-14',
    nationalities: ['RS'],
    phones: ['064 123 4567'],
    documents: [{ type: 'id_card', number: '009876543' }],
  });
  await record('marko2', {
    names: [{ givenNames: 'МАРКО', familyNames: 'ЂОРЂЕВИЋ' }],
    sex: 'male',
    birthDate: '1985-03-14',
    nationalities: ['RS'],
    phones: ['+381 64 1234567', '+381 63 7654321'],
  });
  await record('ana', {
    names: [{ givenNames: 'Ana', familyNames: 'Petrović' }],
    sex: 'female',
    birthDate: '1990-06-02',
  });
  const created = (
    await investigator.post('/api/cases', {
      type: 'smuggling',
      openedOn: '2026-02-01',
      title: 'Van at Preševo',
    })
  ).json();
  ids.case = created.id;
  const role = await investigator.post(`/api/cases/${created.id}/roles`, {
    personId: ids.marko2,
    role: 'suspect',
  });
  expect(role.statusCode, role.body).toBeLessThan(300);
  await t.app.veza.followUp.idle();
  expect(t.app.veza.followUp.lastRun.get('RS')?.duplicates).toMatchObject({ persons: 3, found: 1 });
});
afterAll(() => t.close());

describe('possible duplicates', () => {
  it('are found in the background once persons are recorded, with the explanation of the score', async () => {
    const response = await investigator.get(`/api/persons/${ids.marko}/duplicates${purpose}`);
    expect(response.statusCode, response.body).toBe(200);
    const { duplicates, merges } = response.json();
    expect(merges).toEqual([]);
    expect(duplicates).toHaveLength(1);
    const [d] = duplicates;
    expect(d.person.id).toBe(ids.marko2);
    expect(d.probability).toBeGreaterThan(0.5);
    const fields = Object.fromEntries(
      d.explanation.fields.map((f: { field: string; level: string }) => [f.field, f.level]),
    );
    expect(fields).toMatchObject({
      given_names: 'exact',
      family_names: 'exact',
      birth_date: 'exact',
      phone: 'same',
    });
    const sum =
      d.explanation.priorWeight +
      d.explanation.fields.reduce((s: number, f: { weight: number }) => s + f.weight, 0);
    expect(sum).toBeCloseTo(d.explanation.totalWeight, 6);
    // The same pair, seen from the other person.
    const other = (await investigator.get(`/api/persons/${ids.marko2}/duplicates${purpose}`)).json();
    expect(other.duplicates.map((x: { id: string }) => x.id)).toEqual([d.id]);
    const ana = (await investigator.get(`/api/persons/${ids.ana}/duplicates${purpose}`)).json();
    expect(ana.duplicates).toEqual([]);
  });

  it('need a purpose, and are not shown to another jurisdiction or to roles without investigation records', async () => {
    expect((await investigator.get(`/api/persons/${ids.marko}/duplicates`)).statusCode).toBe(400);
    const elsewhere = await t.signIn('investigator.mk');
    expect((await elsewhere.get(`/api/persons/${ids.marko}/duplicates${purpose}`)).statusCode).toBe(404);
    // Analysts see aggregates only: to them the person is not there at all.
    const analyst = await t.signIn('analyst.rs');
    expect((await analyst.get(`/api/persons/${ids.marko}/duplicates${purpose}`)).statusCode).toBe(404);
  });

  it('merge into the person kept, and the merge can be undone; both are audited', async () => {
    const [d] = (await investigator.get(`/api/persons/${ids.marko}/duplicates${purpose}`)).json().duplicates;
    const coordinator = await t.signIn('coordinator.rs');
    expect((await coordinator.post(`/api/persons/${ids.marko}/duplicates/${d.id}/merge`)).statusCode).toBe(
      403,
    );

    const merged = await investigator.post(`/api/persons/${ids.marko}/duplicates/${d.id}/merge`);
    expect(merged.statusCode, merged.body).toBe(200);
    const { mergeId } = merged.json();
    const kept = (await investigator.get(`/api/persons/${ids.marko}${purpose}`)).json();
    expect(kept.names.map((n: { givenNames: string; kind: string }) => `${n.givenNames}:${n.kind}`)).toEqual([
      'Marko:recorded',
      'МАРКО:alias',
    ]);
    expect(kept.phones.map((p: { e164: string }) => p.e164).sort()).toEqual(
      ['+381631234567', '+381641234567']
        .sort()
        .map((x) => x.replace('631234567', '637654321'))
        .sort(),
    );
    expect(kept.cases.map((c: { id: string; role: string }) => `${c.id}:${c.role}`)).toEqual([
      `${ids.case}:suspect`,
    ]);
    const gone = (await investigator.get(`/api/persons/${ids.marko2}${purpose}`)).json();
    expect(gone.mergedInto).toBe(ids.marko);
    expect(gone.cases).toEqual([]);
    // Found by the merged person's spelling, as the person kept.
    const search = (
      await investigator.get(`/api/search?q=${encodeURIComponent('МАРКО ЂОРЂЕВИЋ')}&purpose=test`)
    ).json();
    expect(search.hits.map((h: { id: string }) => h.id)).toEqual([ids.marko]);
    const after = (await investigator.get(`/api/persons/${ids.marko}/duplicates${purpose}`)).json();
    expect(after.duplicates).toEqual([]);
    expect(after.merges.map((m: { id: string; person: { id: string } }) => [m.id, m.person.id])).toEqual([
      [mergeId, ids.marko2],
    ]);
    expect((await investigator.post(`/api/persons/${ids.marko}/duplicates/${d.id}/merge`)).statusCode).toBe(
      409,
    );

    const undone = await investigator.post(`/api/persons/${ids.marko}/merges/${mergeId}/undo`);
    expect(undone.statusCode, undone.body).toBe(204);
    const restored = (await investigator.get(`/api/persons/${ids.marko}${purpose}`)).json();
    expect(restored.names).toHaveLength(1);
    expect(restored.phones.map((p: { e164: string }) => p.e164)).toEqual(['+381641234567']);
    expect(restored.cases).toEqual([]);
    const back = (await investigator.get(`/api/persons/${ids.marko2}${purpose}`)).json();
    expect(back.mergedInto).toBeNull();
    expect(back.cases.map((c: { id: string }) => c.id)).toEqual([ids.case]);
    const again = (await investigator.get(`/api/persons/${ids.marko}/duplicates${purpose}`)).json();
    expect(again.duplicates.map((x: { id: string }) => x.id)).toEqual([d.id]);
    expect((await investigator.post(`/api/persons/${ids.marko}/merges/${mergeId}/undo`)).statusCode).toBe(
      409,
    );

    const audit = await t.database.owner(
      `select action, details from audit_log where record_type = 'person' and record_id = '${ids.marko}' order by seq`,
    );
    const changes = audit.rows.filter((r) => r.action === 'merge' || r.action === 'unmerge');
    expect(changes.map((r) => r.action)).toEqual(['merge', 'unmerge']);
    expect(changes[0]!.details).toMatchObject({
      merged: ids.marko2,
      caseRoles: 1,
      names: 1,
      phones: 1,
    });
  });

  it('rejected as not the same, are not offered again, also after the next search', async () => {
    const [d] = (await investigator.get(`/api/persons/${ids.marko}/duplicates${purpose}`)).json().duplicates;
    const rejected = await investigator.post(`/api/persons/${ids.marko2}/duplicates/${d.id}/reject`);
    expect(rejected.statusCode, rejected.body).toBe(204);
    // A change to a person runs the search again; the decision stands.
    await record('someone', { names: [{ givenNames: 'Jovan', familyNames: 'Ilić' }] });
    await t.app.veza.followUp.idle();
    const after = (await investigator.get(`/api/persons/${ids.marko}/duplicates${purpose}`)).json();
    expect(after.duplicates).toEqual([]);
    expect((await investigator.post(`/api/persons/${ids.marko}/duplicates/${d.id}/reject`)).statusCode).toBe(
      409,
    );
  });
});
