import { randomUUID } from 'node:crypto';
import { RAPID_SCREENING_V2 } from '@veza/core/rapid-screening-v2';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from '../../db/schema.ts';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let screener: SignedIn;
let instrumentId: string;
let screeningId: string;

/** A man deceived about the work, kept working 14 hours a day unpaid, not free to leave, working off a debt. */
const PRESUMED = {
  age: 24,
  stage: 'arrived',
  offered: 'yes',
  offer_true: 'no',
  conditions_true: 'no',
  worked: 'yes',
  hours_per_day: 14,
  paid: 'not_at_all',
  free_to_leave: 'no',
  working_off_debt: 'yes',
};

const submission = (answers: Record<string, unknown>, id: string = randomUUID()) => ({
  id,
  instrumentId,
  interviewLanguage: 'ps',
  screenerLanguage: 'sr-Latn',
  conductedAt: new Date(t.clock.now.getTime() - 60_000).toISOString(),
  place: 'Reception centre Preševo',
  consent: true,
  answers,
});

async function count(table: string) {
  const { rows } = await t.database.owner(`select count(*)::int as n from ${table}`);
  return rows[0]!.n as number;
}

beforeAll(async () => {
  t = await startTestApp();
  screener = await t.signIn('screener.rs');
});
afterAll(() => t.close());

describe('instruments', () => {
  it('has both shipped versions in every jurisdiction, and offers the newest', async () => {
    const { instruments } = (await screener.get('/api/instruments')).json();
    expect(instruments).toHaveLength(1);
    expect(instruments[0]).toMatchObject({ key: 'veza_rapid_screening', version: 2 });
    expect(instruments[0].definition.sections.length).toBe(RAPID_SCREENING_V2.sections.length);
    instrumentId = instruments[0].id;
    expect(await count("instruments where key = 'veza_rapid_screening' and version = 1")).toBe(7);
    expect(await count("instruments where key = 'veza_rapid_screening' and version = 2")).toBe(7);
  });
});

describe('recording a screening', () => {
  it('scores it on the server and records it once, however often it is sent', async () => {
    const body = submission(PRESUMED);
    screeningId = body.id;
    const first = await screener.post('/api/screenings', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ id: body.id, outcome: 'presumed_victim' });
    const again = await screener.post('/api/screenings', body);
    expect(again.statusCode, again.body).toBe(200);
    expect(await count(`screenings where id = '${body.id}'`)).toBe(1);
    const { rows } = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'screening' and record_id = '${body.id}' and action = 'create'`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses answers the instrument does not admit, naming the question, and stores nothing', async () => {
    const before = await count('screenings');
    for (const [answers, field] of [
      [{ paid: 'sometimes' }, 'answers.paid'],
      [{ age: -4 }, 'answers.age'],
      [{ favourite_colour: 'blue' }, 'answers.favourite_colour'],
    ] as const) {
      const response = await screener.post('/api/screenings', submission(answers));
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
    const noConsent = await screener.post('/api/screenings', { ...submission({}), consent: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.field).toBe('consent');
    expect(await count('screenings')).toBe(before);
  });

  it('refuses an id another screener has taken', async () => {
    const other = await t.signIn('caseworker.rs');
    const response = await other.post('/api/screenings', submission({}, screeningId));
    expect(response.statusCode).toBe(409);
  });

  it('counts a decline once and keeps nothing about the person', async () => {
    const id = randomUUID();
    const decline = { id, conductedAt: new Date().toISOString() };
    expect((await screener.post('/api/screenings/declines', decline)).statusCode).toBe(201);
    expect((await screener.post('/api/screenings/declines', decline)).statusCode).toBe(200);
    const { rows } = await t.database.owner(`select sum(count)::int as n from screening_declines`);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('who sees a screening', () => {
  it("shows it to the screener's agency and the jurisdiction's coordinators only", async () => {
    const own = (await screener.get('/api/screenings')).json().screenings;
    expect(own.map((s: { id: string }) => s.id)).toContain(screeningId);
    expect(own[0]).toMatchObject({
      outcome: 'presumed_victim',
      interviewLanguage: 'ps',
      instrument: { version: 2 },
    });
    const coordinator = await t.signIn('coordinator.rs');
    expect((await coordinator.get(`/api/screenings/${screeningId}`)).statusCode).toBe(200);
    for (const outsider of ['caseworker.rs', 'investigator.rs', 'screener.ba', 'analyst.rs']) {
      const who = await t.signIn(outsider);
      expect((await who.get(`/api/screenings/${screeningId}`)).statusCode, outsider).toBe(404);
      const list = await who.get('/api/screenings');
      expect(JSON.stringify(list.json())).not.toContain(screeningId);
    }
  });

  it('audits every read of a screening', async () => {
    await screener.get(`/api/screenings/${screeningId}`);
    const { rows } = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'screening' and record_id = '${screeningId}' and action = 'read'`,
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('shows it to the caseworkers it is referred to, through the referral', async () => {
    const [social] = await t.database.db
      .select()
      .from(agencies)
      .where(sql`${agencies.jurisdiction} = 'RS' and ${agencies.type} = 'social_welfare'`);
    const referral = await screener.post('/api/requests', {
      type: 'victim_referral',
      toAgencyId: social!.id,
      subject: 'Presumed victim at Preševo: formal identification',
      body: 'Screened today; please see the screening for the indicators.',
      priority: 'high',
      language: 'sr',
      links: [{ kind: 'screening', id: screeningId }],
    });
    expect(referral.statusCode, referral.body).toBe(201);
    const caseworker = await t.signIn('caseworker.rs');
    const thread = (await caseworker.get(`/api/requests/${referral.json().id}`)).json();
    expect(thread.links).toEqual([expect.objectContaining({ kind: 'screening', id: screeningId })]);
    const seen = await caseworker.get(`/api/screenings/${screeningId}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().result.outcome).toBe('presumed_victim');
  });

  it('gives analysts counts only, small ones suppressed', async () => {
    const analyst = await t.signIn('analyst.rs');
    const { counts } = (await analyst.get('/api/screenings/counts')).json();
    expect(counts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ outcome: 'presumed_victim', count: null, suppressed: true }),
        expect.objectContaining({ outcome: 'declined', count: null, suppressed: true }),
      ]),
    );
    expect((await screener.get('/api/screenings/counts')).statusCode).toBe(403);
  });
});

describe('publishing a new version', () => {
  const next = () => {
    const definition = structuredClone(RAPID_SCREENING_V2) as typeof RAPID_SCREENING_V2 &
      Record<string, unknown>;
    (definition as { version: number }).version = 3;
    definition.sections[0]!.questions[0]!.text.en = { text: 'How old are you, in years?', reviewed: true };
    return definition;
  };

  it('shows what changes, publishes, and keeps old screenings on their version', async () => {
    const coordinator = await t.signIn('coordinator.rs');
    const review = await coordinator.post('/api/instruments/review', { definition: next() });
    expect(review.statusCode, review.body).toBe(200);
    expect(review.json()).toEqual({
      previous: { id: instrumentId, version: 2 },
      changes: [{ change: 'changed', what: 'question', id: 'age', fields: ['text'] }],
    });
    const published = await coordinator.post('/api/instruments', { definition: next() });
    expect(published.statusCode, published.body).toBe(201);
    const { instruments } = (await screener.get('/api/instruments')).json();
    expect(instruments[0].version).toBe(3);
    const old = (await screener.get(`/api/screenings/${screeningId}`)).json();
    expect(old.instrument).toMatchObject({ id: instrumentId, version: 2 });
    const again = await coordinator.post('/api/instruments', { definition: next() });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.field).toBe('definition.version');
    const bosnia = (await (await t.signIn('screener.ba')).get('/api/instruments')).json();
    expect(bosnia.instruments[0].version).toBe(2);
  });

  it('refuses a malformed instrument, naming the bad path, and lets only coordinators publish', async () => {
    const coordinator = await t.signIn('coordinator.rs');
    const bad = next() as unknown as { version: number; sections: { questions: { showIf?: unknown }[] }[] };
    bad.version = 4;
    bad.sections[0]!.questions[0]!.showIf = { question: 'worked', equals: 'yes' };
    const refused = await coordinator.post('/api/instruments', { definition: bad });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('definition.sections.0.questions.0.showIf.question');
    expect(refused.json().error.message).toMatch(/"worked" is not a question asked before this one/);
    expect(
      (await screener.post('/api/instruments', { definition: { ...next(), version: 4 } })).statusCode,
    ).toBe(403);
  });
});

describe('linking the person record', () => {
  it('lets the jurisdiction’s coordinator link the screening to a person they may see, audited', async () => {
    const investigator = await t.signIn('investigator.rs');
    const person = await investigator.post('/api/persons', {
      names: [{ givenNames: 'Ahmad', familyNames: 'Karimi' }],
      sex: 'male',
      birthDate: '2002',
    });
    expect(person.statusCode, person.body).toBe(201);
    const coordinator = await t.signIn('coordinator.rs');
    const linked = await coordinator.request({
      method: 'PUT',
      url: `/api/screenings/${screeningId}/person`,
      payload: { personId: person.json().id },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().personId).toBe(person.json().id);
    const { rows } = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'screening' and record_id = '${screeningId}' and action = 'update'`,
    );
    expect(rows[0]!.n).toBe(1);

    const put = (who: SignedIn, personId: string | null) =>
      who.request({ method: 'PUT', url: `/api/screenings/${screeningId}/person`, payload: { personId } });
    expect((await put(screener, person.json().id)).statusCode).toBe(403);
    expect((await put(investigator, person.json().id)).statusCode).toBe(404);
    const bosnian = await (await t.signIn('investigator.ba')).post('/api/persons', {
      names: [{ givenNames: 'Other', familyNames: 'Person' }],
      sex: 'male',
    });
    const foreign = await put(coordinator, bosnian.json().id);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('personId');
  });
});

describe('referral pathways', () => {
  it('say where each action leads in the jurisdiction; coordinators change them', async () => {
    const { pathways } = (await screener.get('/api/referral-pathways')).json();
    expect(pathways.map((p: { action: string }) => p.action)).toEqual(
      expect.arrayContaining(['nrm_identification', 'shelter', 'medical_care', 'child_protection']),
    );
    const coordinator = await t.signIn('coordinator.rs');
    const shelter = pathways.find((p: { action: string }) => p.action === 'shelter');
    const set = (who: SignedIn, agencyId: string) =>
      who.request({ method: 'PUT', url: '/api/referral-pathways/shelter', payload: { agencyId } });
    const changed = await set(coordinator, coordinator.me.agency.id);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().pathways.find((p: { action: string }) => p.action === 'shelter').agency.id).toBe(
      coordinator.me.agency.id,
    );
    expect((await set(screener, shelter.agency.id)).statusCode).toBe(403);
    const foreign = await set(coordinator, (await t.signIn('coordinator.ba')).me.agency.id);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('agencyId');
    const bosnia = (await (await t.signIn('screener.ba')).get('/api/referral-pathways')).json().pathways;
    expect(bosnia.every((p: { agency: { id: string } }) => p.agency.id !== coordinator.me.agency.id)).toBe(
      true,
    );
  });
});
