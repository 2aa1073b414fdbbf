/**
 * Protection cases through the API: opened by a caseworker, seen by the owning agency and the
 * jurisdiction's coordinators and nobody else (investigators included), the reasonable-grounds
 * decision starting a reflection period of the Convention's 30 days, stages along the pathway,
 * consents where the latest decides, a child's case that cannot close without a best-interests
 * determination, stale versions refused, every read and change audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../../access/actors.ts';
import { withActor } from '../../access/transaction.ts';
import { protectionCases } from '../../db/schema.ts';
import { enrolSecondFactor, type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let caseworker: SignedIn;
let caseId: string;
let version: number;

/** The decision of a kind waiting on the case, approved by whoever approves it there. */
async function approve(approver: SignedIn, id: string, kind: string) {
  const c = (await approver.get(`/api/protection-cases/${id}`)).json();
  const waiting = c.approvals.find(
    (a: { kind: string; status: string }) => a.kind === kind && a.status === 'pending',
  );
  expect(waiting, `a ${kind} approval waits`).toBeTruthy();
  const approved = await approver.post(`/api/protection-cases/${id}/approvals/${waiting.id}`, {
    decision: 'approved',
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json();
}

const day = (offset = 0) => new Date(t.clock.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  caseworker = await t.signIn('caseworker.rs');
});
afterAll(() => t.close());

describe('opening a case', () => {
  it('opens a case owned by the caseworker, at referral received, with a victim’s handling code', async () => {
    const response = await caseworker.post('/api/protection-cases', {
      givenNames: 'Amina',
      familyNames: 'Rahimi',
      birthDate: '2001',
      sex: 'female',
      nationality: 'AF',
      languages: ['fa'],
    });
    expect(response.statusCode, response.body).toBe(201);
    const c = response.json();
    expect(c).toMatchObject({
      stage: 'referral_received',
      status: 'open',
      handlingCode: 'H2',
      owner: { id: caseworker.me.id },
      reflection: null,
      child: false,
    });
    expect(c.events).toHaveLength(1);
    expect(c.allowedActions).toEqual(
      expect.arrayContaining(['read', 'update', 'decide_reasonable_grounds', 'record_consent', 'close']),
    );
    caseId = c.id;
    version = c.version;
    const { rows } = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'protection_case' and record_id = '${caseId}' and action = 'create'`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses bad input naming the field, and a role that does not open cases', async () => {
    const bad = await caseworker.post('/api/protection-cases', { birthDate: '2999', nationality: 'XX' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/birthDate|nationality/);
    const unknownScreening = await caseworker.post('/api/protection-cases', {
      screeningId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownScreening.statusCode).toBe(400);
    expect(unknownScreening.json().error.field).toBe('screeningId');
    const investigator = await t.signIn('investigator.rs');
    expect((await investigator.post('/api/protection-cases', { givenNames: 'X' })).statusCode).toBe(403);
  });
});

describe('who sees a case', () => {
  it('shows it to the agency’s caseworkers and the jurisdiction’s coordinators, never to investigators or other jurisdictions', async () => {
    const coordinator = await t.signIn('coordinator.rs');
    expect((await coordinator.get(`/api/protection-cases/${caseId}`)).statusCode).toBe(200);
    for (const outsider of [
      'investigator.rs',
      'prosecutor.rs',
      'screener.rs',
      'caseworker.mk',
      'coordinator.ba',
    ]) {
      const who = await t.signIn(outsider);
      const one = await who.get(`/api/protection-cases/${caseId}`);
      expect([403, 404], outsider).toContain(one.statusCode);
      const list = await who.get('/api/protection-cases');
      expect(JSON.stringify(list.json()), outsider).not.toContain(caseId);
    }
    // Row-level security draws the same line in the database, for a query with no filter at all.
    const investigator = await actorOf(t.database, 'investigator.rs');
    const seen = await withActor(t.database, investigator, ({ tx }) =>
      tx.select({ id: protectionCases.id }).from(protectionCases),
    );
    expect(seen).toEqual([]);
  });

  it('audits every read, with the purpose given', async () => {
    await caseworker.get(`/api/protection-cases/${caseId}?purpose=${encodeURIComponent('assessment visit')}`);
    const { rows } = await t.database.owner(
      `select purpose from audit_log where record_type = 'protection_case' and record_id = '${caseId}' and action = 'read' order by seq desc limit 1`,
    );
    expect(rows[0]!.purpose).toBe('assessment visit');
  });
});

describe('the reasonable-grounds decision and the reflection period', () => {
  it('waits for approval: the caseworker cannot approve their own decision, the coordinators are told', async () => {
    const decided = await caseworker.post(`/api/protection-cases/${caseId}/reasonable-grounds`, {
      decision: 'presumed_victim',
      decidedOn: day(),
      reasons: 'Deceived about the work, debt bondage, passport kept.',
      version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const c = decided.json();
    expect(c).toMatchObject({ stage: 'referral_received', reflection: null });
    const waiting = c.approvals.find((a: { status: string }) => a.status === 'pending');
    expect(waiting).toMatchObject({ kind: 'reasonable_grounds', requestedBy: { id: caseworker.me.id } });
    expect(c.allowedActions).not.toContain('approve');
    const own = await caseworker.post(`/api/protection-cases/${caseId}/approvals/${waiting.id}`, {
      decision: 'approved',
    });
    expect(own.statusCode).toBe(403);
    const again = await caseworker.post(`/api/protection-cases/${caseId}/reasonable-grounds`, {
      decision: 'presumed_victim',
      decidedOn: day(),
      reasons: 'The same decision once more.',
      version: c.version,
    });
    expect(again.statusCode).toBe(409);
    const coordinator = await t.signIn('coordinator.rs');
    const told = (await coordinator.get('/api/notifications')).json();
    expect(
      told.notifications.some(
        (n: { kind: string; protectionCaseId: string }) =>
          n.kind === 'protection_approval_requested' && n.protectionCaseId === caseId,
      ),
    ).toBe(true);
    const rejectedWithout = await coordinator.post(
      `/api/protection-cases/${caseId}/approvals/${waiting.id}`,
      {
        decision: 'rejected',
      },
    );
    expect(rejectedWithout.statusCode).toBe(400);
    expect(rejectedWithout.json().error.field).toBe('comment');
    version = c.version;
  });

  it('starts 30 days of recovery and reflection from the day of the decision once approved, with no removal', async () => {
    const c = await approve(await t.signIn('coordinator.rs'), caseId, 'reasonable_grounds');
    expect(c.stage).toBe('reflection_period');
    expect(c.approvals[0]).toMatchObject({ status: 'approved', decidedBy: { name: expect.any(String) } });
    expect(c.reflection).toMatchObject({
      startsOn: day(),
      lastDay: day(29),
      days: 30,
      daysLeft: 29,
      noRemoval: true,
    });
    version = c.version;
  });

  it('refuses a stale version, and a decision dated in the future, naming the field', async () => {
    const stale = await caseworker.post(`/api/protection-cases/${caseId}/reflection-extensions`, {
      days: 15,
      reason: 'still in hospital',
      version: version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const future = await caseworker.post(`/api/protection-cases/${caseId}/stage`, {
      stage: 'formal_identification',
      identification: 'identified_victim',
      decidedOn: day(3),
      version,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('decidedOn');
  });

  it('extends the period with a reason', async () => {
    const extended = await caseworker.post(`/api/protection-cases/${caseId}/reflection-extensions`, {
      days: 15,
      reason: 'still in hospital',
      version,
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json().reflection).toMatchObject({ days: 45, lastDay: day(44) });
    version = extended.json().version;
  });

  it('lists the cases whose reflection period ends soon, soonest first', async () => {
    const soon = (await caseworker.get('/api/protection-cases?reflectionEndsWithin=60')).json();
    expect(soon.cases.map((c: { id: string }) => c.id)).toContain(caseId);
    const notYet = (await caseworker.get('/api/protection-cases?reflectionEndsWithin=10')).json();
    expect(notYet.cases.map((c: { id: string }) => c.id)).not.toContain(caseId);
  });
});

describe('stages, consents and closing', () => {
  it('moves along the pathway and refuses a step the pathway does not have', async () => {
    const skip = await caseworker.post(`/api/protection-cases/${caseId}/stage`, {
      stage: 'compensation',
      decidedOn: day(),
      version,
    });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().error.message).toMatch(/does not lead from reflection_period to compensation/);
    const identified = await caseworker.post(`/api/protection-cases/${caseId}/stage`, {
      stage: 'formal_identification',
      identification: 'identified_victim',
      decidedOn: day(),
      version,
    });
    expect(identified.statusCode, identified.body).toBe(200);
    expect(identified.json()).toMatchObject({
      stage: 'formal_identification',
      identification: 'identified_victim',
    });
    version = identified.json().version;
  });

  it('records consents, the latest for a purpose and recipient standing, and names a missing recipient', async () => {
    const shelter = caseworker.me.agency.id;
    const missing = await caseworker.post(`/api/protection-cases/${caseId}/consents`, {
      purpose: 'service_referral',
      status: 'given',
      language: 'fa',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('recipientAgencyId');
    for (const status of ['given', 'withdrawn'])
      expect(
        (
          await caseworker.post(`/api/protection-cases/${caseId}/consents`, {
            purpose: 'service_referral',
            recipientAgencyId: shelter,
            service: 'shelter',
            status,
            language: 'fa',
            witnessedBy: 'Interpreter M. Hosseini',
          })
        ).statusCode,
      ).toBe(201);
    const c = (await caseworker.get(`/api/protection-cases/${caseId}`)).json();
    expect(c.consents.map((x: { status: string }) => x.status)).toEqual(['given', 'withdrawn']);
  });

  it('closes with an outcome and reason, and lets the owner reopen it', async () => {
    const asked = await caseworker.post(`/api/protection-cases/${caseId}/close`, {
      outcome: 'integrated',
      reason: 'Employed, housed, and wishes to stay.',
      closedOn: day(),
      version,
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'open' });
    const closed = await approve(await t.signIn('coordinator.rs'), caseId, 'closure');
    expect(closed).toMatchObject({ status: 'closed', stage: 'closed', closureOutcome: 'integrated' });
    expect(closed.reflection.noRemoval).toBe(false);
    const reopened = await caseworker.post(`/api/protection-cases/${caseId}/reopen`, {
      reason: 'Contacted again by the exploiters.',
      version: closed.version,
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', stage: 'assistance' });
  });
});

describe("a child's case", () => {
  it('cannot close without a best-interests determination, and can after it', async () => {
    const opened = (
      await caseworker.post('/api/protection-cases', { givenNames: 'Sara', child: true, languages: ['ar'] })
    ).json();
    const refused = await caseworker.post(`/api/protection-cases/${opened.id}/close`, {
      outcome: 'transferred',
      reason: 'Moved to family in another country.',
      closedOn: day(),
      version: opened.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('bestInterestsDeterminedOn');
    const determined = await caseworker.post(`/api/protection-cases/${opened.id}/best-interests`, {
      assessedOn: day(),
      determinedOn: day(),
      determinedBy: 'Best-interests panel, Centre for Social Work Subotica',
      version: opened.version,
    });
    expect(determined.statusCode, determined.body).toBe(200);
    expect(determined.json()).toMatchObject({
      bestInterestsDeterminedOn: day(),
      bestInterestsDeterminedBy: 'Best-interests panel, Centre for Social Work Subotica',
    });
    const closed = await caseworker.post(`/api/protection-cases/${opened.id}/close`, {
      outcome: 'transferred',
      reason: 'Moved to family in another country.',
      closedOn: day(),
      version: determined.json().version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await approve(await t.signIn('coordinator.rs'), opened.id, 'closure')).status).toBe('closed');
  });
});

describe('reflection alerts', () => {
  it('tell the caseworker and the supervisor 7 and 2 days before the period ends, once each', async () => {
    const admin = await t.signIn('admin.rs');
    const created = await admin.post('/api/users', {
      username: 'supervisor.rs.social',
      displayName: 'Jelena Supervizor',
      agencyId: caseworker.me.agency.id,
      roles: ['caseworker'],
      password: 'correct horse battery staple',
    });
    expect(created.statusCode, created.body).toBe(201);
    const supervisorId = created.json().id;
    const opened = (
      await caseworker.post('/api/protection-cases', {
        givenNames: 'Lina',
        supervisorId,
        languages: ['ar'],
        openedOn: day(-25),
      })
    ).json();
    expect(opened.supervisor).toMatchObject({ id: supervisorId, name: 'Jelena Supervizor' });
    // Decided 23 days ago: the 30th and last day is in 6 days, inside the 7-day alert.
    const decided = await caseworker.post(`/api/protection-cases/${opened.id}/reasonable-grounds`, {
      decision: 'presumed_victim',
      decidedOn: day(-23),
      reasons: 'Forced labour on a farm, documents kept.',
      version: opened.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    // The supervisor approves; the period still counts from the day of the decision.
    const supervisor = await t.signIn('supervisor.rs.social', 'correct horse battery staple');
    await enrolSecondFactor(t, supervisor);
    expect((await approve(supervisor, opened.id, 'reasonable_grounds')).reflection).toMatchObject({
      lastDay: day(6),
      daysLeft: 6,
    });
    const alerts = async (userId: string) =>
      (
        await t.database.owner(
          `select kind, urgent from notifications where user_id = '${userId}' and protection_case_id = '${opened.id}' and kind like 'reflection%' order by kind`,
        )
      ).rows;
    expect(await t.app.veza.protectionAlerts.tick()).toBeGreaterThanOrEqual(2);
    expect(await alerts(caseworker.me.id)).toEqual([{ kind: 'reflection_ends_in_7', urgent: false }]);
    expect(await alerts(supervisorId)).toEqual([{ kind: 'reflection_ends_in_7', urgent: false }]);
    // Once: the next round sends nothing new for this case.
    await t.app.veza.protectionAlerts.tick();
    expect(await alerts(caseworker.me.id)).toHaveLength(1);
    // Four days on, two are left: the urgent alert.
    t.clock.advance(4 * 86_400_000);
    await t.app.veza.protectionAlerts.tick();
    expect(await alerts(caseworker.me.id)).toEqual([
      { kind: 'reflection_ends_in_2', urgent: true },
      { kind: 'reflection_ends_in_7', urgent: false },
    ]);
    // Four days on, the session of before has ended: sign in again.
    const response = await (await t.signIn('caseworker.rs')).get('/api/notifications');
    expect(response.statusCode, response.body).toBe(200);
    const mine = response.json();
    expect(mine.notifications.map((n: { protectionCaseId: string | null }) => n.protectionCaseId)).toContain(
      opened.id,
    );
  });
});

describe("the jurisdiction's NRM pathway", () => {
  it('is set by a coordinator, never under 30 days, and gives the next decision its days', async () => {
    // Days have passed in the alerts test: sign in afresh.
    caseworker = await t.signIn('caseworker.rs');
    const coordinator = await t.signIn('coordinator.rs');
    const current = (await caseworker.get('/api/protection-pathway')).json();
    expect(current.reflectionDays).toBe(30);
    const refused = await caseworker.request({
      method: 'PUT',
      url: '/api/protection-pathway',
      payload: { ...current, reflectionDays: 90 },
    });
    expect(refused.statusCode).toBe(403);
    const tooShort = await coordinator.request({
      method: 'PUT',
      url: '/api/protection-pathway',
      payload: { ...current, reflectionDays: 20 },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.field).toBe('reflectionDays');
    const unknownStage = await coordinator.request({
      method: 'PUT',
      url: '/api/protection-pathway',
      payload: {
        ...current,
        stages: current.stages.filter((s: { stage: string }) => s.stage !== 'return'),
      },
    });
    expect(unknownStage.statusCode).toBe(400);
    expect(unknownStage.json().error.message).toMatch(/"return" is not a stage of this pathway/);
    const set = await coordinator.request({
      method: 'PUT',
      url: '/api/protection-pathway',
      payload: { ...current, reflectionDays: 90 },
    });
    expect(set.statusCode, set.body).toBe(200);
    const opened = (await caseworker.post('/api/protection-cases', { givenNames: 'Nour' })).json();
    expect(opened.stageResponsible).toBe('social_welfare');
    expect(opened.nextStages).toEqual(['reasonable_grounds', 'closed']);
    const decided = await coordinator.post(`/api/protection-cases/${opened.id}/reasonable-grounds`, {
      decision: 'presumed_victim',
      decidedOn: day(),
      reasons: 'Held in a flat and made to beg; documents taken.',
      version: opened.version,
    });
    expect(decided.json().reflection).toMatchObject({ days: 90, lastDay: day(89) });
    const { rows } = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'protection_pathway'`,
    );
    expect(rows[0]!.n).toBe(1);
  });
});
