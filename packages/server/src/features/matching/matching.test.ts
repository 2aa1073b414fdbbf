/**
 * The matching model learns from the investigators' decisions on possible duplicates, version by
 * version; a coordinator sees each field's weights and what changed, brings an earlier version back
 * (which restores its scores and pauses learning) and resumes learning. All audited.
 */
import { calibratedLogOdds } from '@veza/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let investigator: SignedIn;
let coordinator: SignedIn;
const ids: Record<string, string> = {};
const purpose = '?purpose=checking+duplicates';

async function record(key: string, body: Record<string, unknown>) {
  const response = await investigator.post('/api/persons', body);
  expect(response.statusCode, response.body).toBe(201);
  ids[key] = response.json().id;
}

/** The open possible duplicate of a person: its id and probability. */
async function duplicateOf(key: string) {
  const { duplicates } = (await investigator.get(`/api/persons/${ids[key]}/duplicates${purpose}`)).json();
  expect(duplicates, key).toHaveLength(1);
  return duplicates[0] as { id: string; probability: number; explanation: { totalWeight: number } };
}

async function model() {
  const response = await coordinator.get('/api/matching-model');
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await startTestApp();
  investigator = await t.signIn('investigator.rs');
  coordinator = await t.signIn('coordinator.rs');
  // Three pairs the engine suggests: two brothers (same family name, phone and year), one person
  // written twice, and two men with the same common name and guessed birth dates.
  await record('ali', {
    names: [{ givenNames: 'Ali', familyNames: 'Rezai' }],
    sex: 'male',
    birthDate: '1995-01-01',
    nationalities: ['AF'],
    phones: ['+93 70 123 4567'],
  });
  await record('ali2', {
    names: [{ givenNames: 'Ali', familyNames: 'Rezaei' }],
    sex: 'male',
    birthDate: '1995',
    nationalities: ['AF'],
  });
  await record('omar', {
    names: [{ givenNames: 'Omar', familyNames: 'Haddad' }],
    sex: 'male',
    birthDate: '1988-07-12',
    nationalities: ['SY'],
    phones: ['+963 93 111 2222'],
  });
  await record('omar2', {
    names: [{ givenNames: 'OMAR', familyNames: 'HADDAD' }],
    sex: 'male',
    birthDate: '1988-07-12',
    nationalities: ['SY'],
    phones: ['+963 93 111 2222'],
  });
  await record('karim', {
    names: [{ givenNames: 'Karim', familyNames: 'Nasser' }],
    sex: 'male',
    birthDate: '1990-03-05',
    nationalities: ['IQ'],
    documents: [{ type: 'passport', number: 'A1234567' }],
  });
  await record('karim2', {
    names: [{ givenNames: 'Karim', familyNames: 'Naser' }],
    sex: 'male',
    birthDate: '1990-03-05',
    nationalities: ['IQ'],
  });
  await t.app.veza.followUp.idle();
});
afterAll(() => t.close());

describe('the matching model', () => {
  let first: { id: string; version: number };
  let before: number;

  it('exists from the first search, with each field’s levels and weights, for coordinators only', async () => {
    const m = await model();
    expect(m.active).toMatchObject({ version: 1, reason: 'learnt', sameDecisions: 0, differentDecisions: 0 });
    expect(m.active.changedBy).toBeNull();
    expect(m.active.calibration).toEqual({ knots: [], pairs: 0 });
    expect(m.previous).toBeNull();
    const birth = m.active.fields.find((f: { field: string }) => f.field === 'birth_date');
    const level = (name: string) => birth.levels.find((l: { level: string }) => l.level === name);
    expect(level('exact').weight).toBeGreaterThan(0);
    expect(level('full_dates_differ').weight).toBeLessThan(0);
    expect(level('missing')).toBeUndefined();
    for (const f of m.active.fields)
      for (const l of f.levels) expect(l.weight).toBeCloseTo(Math.log2(l.m / l.u), 2);
    first = m.active;
    before = (await duplicateOf('ali')).probability;
    expect((await investigator.get('/api/matching-model')).statusCode).toBe(403);
    expect(
      (await (await t.signIn('coordinator.mk')).get('/api/matching-model')).json().versions,
    ).not.toContainEqual(expect.objectContaining({ id: first.id }));
  });

  it('learns from "not the same person": a new version, calibrated, and the open pairs rescored', async () => {
    const karim = await duplicateOf('karim');
    const response = await investigator.post(`/api/persons/${ids.karim}/duplicates/${karim.id}/reject`);
    expect(response.statusCode, response.body).toBe(204);
    await t.app.veza.followUp.idle();
    const m = await model();
    expect(m.active).toMatchObject({ version: 2, reason: 'learnt', sameDecisions: 0, differentDecisions: 1 });
    expect(m.active.calibration.pairs).toBe(1);
    // The rejected pair's weight now means less than the model alone said.
    const w = karim.explanation.totalWeight;
    expect(calibratedLogOdds(m.active.calibration, w)).toBeLessThan(w);
    expect(m.previous.version).toBe(1);
    expect(m.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    // A pair no one decided on is scored lower: the engine was wrong on a pair it was sure of.
    expect((await duplicateOf('ali')).probability).toBeLessThan(before);
  });

  it('brings an earlier version back, with its scores, and pauses learning until resumed', async () => {
    const response = await coordinator.post(`/api/matching-model/versions/${first.id}/restore`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().active).toMatchObject({
      version: 3,
      reason: 'restored',
      restoredFrom: 1,
      learningPaused: true,
      differentDecisions: 0,
      changedBy: 'coordinator.rs',
    });
    await t.app.veza.followUp.idle();
    expect((await duplicateOf('ali')).probability).toBeCloseTo(before, 12);

    // A merge while paused is kept, not learnt from.
    const omar = await duplicateOf('omar');
    expect((await investigator.post(`/api/persons/${ids.omar}/duplicates/${omar.id}/merge`)).statusCode).toBe(
      200,
    );
    await t.app.veza.followUp.idle();
    const paused = await model();
    expect(paused.active.version).toBe(3);
    expect(paused.waiting).toEqual({ same: 1, different: 1 });

    const resumed = await coordinator.request({
      method: 'PUT',
      url: '/api/matching-model/learning',
      payload: { paused: false },
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    await t.app.veza.followUp.idle();
    const learnt = await model();
    expect(learnt.active).toMatchObject({
      version: 4,
      reason: 'learnt',
      sameDecisions: 1,
      differentDecisions: 1,
    });
    expect(learnt.waiting).toEqual({ same: 0, different: 0 });
  });

  it('refuses what it cannot do, naming the problem', async () => {
    const current = (await model()).active;
    const again = await coordinator.post(`/api/matching-model/versions/${current.id}/restore`);
    expect(again.statusCode).toBe(409);
    const unknown = await coordinator.post(
      '/api/matching-model/versions/00000000-0000-4000-8000-000000000000/restore',
    );
    expect(unknown.statusCode).toBe(404);
    const bad = await coordinator.request({
      method: 'PUT',
      url: '/api/matching-model/learning',
      payload: { paused: 'no' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field ?? bad.body).toContain('paused');
    expect((await investigator.post(`/api/matching-model/versions/${first.id}/restore`)).statusCode).toBe(
      403,
    );
  });

  it('audits every change of the model', async () => {
    const { rows } = await t.database.owner(
      `select actor_username, details->>'version' as version, details->>'reason' as reason, details->>'learningPaused' as paused
         from audit_log where record_type = 'matching_model' and jurisdiction = 'RS' order by seq`,
    );
    expect(rows).toEqual([
      { actor_username: null, version: '1', reason: 'learnt', paused: 'false' },
      { actor_username: null, version: '2', reason: 'learnt', paused: 'false' },
      { actor_username: 'coordinator.rs', version: '3', reason: 'restored', paused: 'true' },
      { actor_username: 'coordinator.rs', version: '3', reason: null, paused: 'false' },
      { actor_username: null, version: '4', reason: 'learnt', paused: 'false' },
    ]);
  });
});
