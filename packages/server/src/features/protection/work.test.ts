/**
 * The work on a protection case through the API, behind the person's consent: a share or a service
 * referral without consent is refused naming the consent and nothing is sent; a provider sees only
 * what its service needs; an override only for a child, audited and notified; a transfer to another
 * jurisdiction under consent, stopped when consent is withdrawn, accepted there with the consented
 * fields only; assessments with the right form, plans approved by the supervisor; follow-ups that
 * fall overdue; retention that erases identity and keeps the counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let mk: SignedIn;
let ngoId: string;
let policeId: string;
let rsSocialId: string;

const day = (offset = 0) => new Date(t.clock.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

async function agencyOf(who: SignedIn, type: string, jurisdiction: string): Promise<string> {
  const response = await who.get(`/api/directory?jurisdiction=${jurisdiction}&agencyType=${type}`);
  expect(response.statusCode, response.body).toBe(200);
  const found = response.json().agencies.find((a: { type: string }) => a.type === type);
  expect(found, `${type} in ${jurisdiction}`).toBeTruthy();
  return found.id;
}

async function openCase(body: Record<string, unknown>) {
  const response = await mk.post('/api/protection-cases', { languages: ['fa'], ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function consent(caseId: string, body: Record<string, unknown>) {
  const response = await mk.post(`/api/protection-cases/${caseId}/consents`, {
    status: 'given',
    language: 'fa',
    witnessedBy: 'Interpreter S. Ahmadi',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const count = async (table: string, caseId: string) =>
  (await t.database.owner(`select count(*)::int as n from ${table} where case_id = '${caseId}'`)).rows[0]!.n;

let provider: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  mk = await t.signIn('caseworker.mk');
  ngoId = await agencyOf(mk, 'ngo', 'MK');
  // The investigators' agency (in the demo MK, its border police).
  policeId = (await t.signIn('investigator.mk')).me.agency.id;
  rsSocialId = await agencyOf(mk, 'social_welfare', 'RS');
  // The demo shelter's caseworker: the provider of the referrals below.
  provider = await t.signIn('shelter.mk');
  expect(provider.me.agency.id).toBe(ngoId);
});
afterAll(() => t.close());

describe('a service referral', () => {
  let c: { id: string; version: number };

  it('is refused without consent, naming the consent missing, and nothing is sent', async () => {
    c = await openCase({ givenNames: 'Zahra', familyNames: 'Karimi', sex: 'female', birthDate: '1999' });
    const refused = await mk.post(`/api/protection-cases/${c.id}/service-referrals`, {
      providerAgencyId: ngoId,
      service: 'shelter',
      followUpOn: day(3),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'consent_missing', field: 'consent' });
    expect(refused.json().error.message).toMatch(
      /service referral to .+ for shelter is missing: no consent is recorded/,
    );
    expect(await count('protection_service_referrals', c.id)).toBe(0);
    expect((await provider.get('/api/protection-service-referrals')).json().referrals).toEqual([]);
  });

  it('goes through with consent; the provider sees only the fields a shelter needs and answers', async () => {
    await consent(c.id, { purpose: 'service_referral', recipientAgencyId: ngoId, service: 'shelter' });
    const referred = await mk.post(`/api/protection-cases/${c.id}/service-referrals`, {
      providerAgencyId: ngoId,
      service: 'shelter',
      followUpOn: day(3),
      note: 'Tonight if possible.',
    });
    expect(referred.statusCode, referred.body).toBe(201);
    const incoming = (await provider.get('/api/protection-service-referrals')).json().referrals;
    expect(incoming).toHaveLength(1);
    expect(incoming[0].shared).toMatchObject({ givenNames: 'Zahra', sex: 'female', languages: ['fa'] });
    expect(incoming[0].shared).not.toHaveProperty('familyNames');
    expect(incoming[0].shared).not.toHaveProperty('birthDate');
    // The provider never sees the case itself.
    expect([403, 404]).toContain((await provider.get(`/api/protection-cases/${c.id}`)).statusCode);
    const noReason = await provider.patch(`/api/protection-service-referrals/${incoming[0].id}`, {
      status: 'declined',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const accepted = await provider.patch(`/api/protection-service-referrals/${incoming[0].id}`, {
      status: 'accepted',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const back = await provider.patch(`/api/protection-service-referrals/${incoming[0].id}`, {
      status: 'proposed',
    });
    expect(back.statusCode).toBe(400);
    const told = (await mk.get('/api/notifications')).json().notifications;
    expect(told.some((n: { kind: string }) => n.kind === 'service_referral_accepted')).toBe(true);
    const view = (await mk.get(`/api/protection-cases/${c.id}`)).json();
    expect(view.serviceReferrals[0]).toMatchObject({ status: 'accepted', overdue: false });
  });

  it('falls overdue past its follow-up date and tells the caseworker once', async () => {
    t.clock.advance(4 * 86_400_000);
    mk = await t.signIn('caseworker.mk');
    await t.app.veza.protectionAlerts.tick();
    await t.app.veza.protectionAlerts.tick();
    const { rows } = await t.database.owner(
      `select count(*)::int as n from notifications where user_id = '${mk.me.id}' and kind = 'service_follow_up_overdue'`,
    );
    expect(rows[0]!.n).toBe(1);
    const view = (await mk.get(`/api/protection-cases/${c.id}`)).json();
    expect(view.serviceReferrals[0].overdue).toBe(true);
    const delivered = await mk.patch(`/api/protection-service-referrals/${view.serviceReferrals[0].id}`, {
      status: 'delivered',
    });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json().overdue).toBe(false);
  });
});

describe('sharing with investigators', () => {
  it('is refused without consent to cooperate, then shares only the fields the owner chose', async () => {
    const c = await openCase({ givenNames: 'Nadia', familyNames: 'Hamidi', nationality: 'AF' });
    const investigator = await t.signIn('investigator.mk');
    const refused = await mk.post(`/api/protection-cases/${c.id}/shares`, {
      agencyId: policeId,
      fields: ['givenNames', 'familyNames'],
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/cooperating with the authorities/);
    expect(await count('protection_shares', c.id)).toBe(0);
    expect((await investigator.get('/api/protection-shares')).json().shares).toEqual([]);
    await consent(c.id, { purpose: 'cooperation_with_authorities' });
    // Only the case's own caseworker shares it.
    const coordinator = await t.signIn('coordinator.mk');
    const notOwner = await coordinator.post(`/api/protection-cases/${c.id}/shares`, {
      agencyId: policeId,
      fields: ['givenNames'],
    });
    expect(notOwner.statusCode).toBe(403);
    const shared = await mk.post(`/api/protection-cases/${c.id}/shares`, {
      agencyId: policeId,
      fields: ['givenNames', 'familyNames'],
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const seen = (await investigator.get('/api/protection-shares')).json().shares;
    expect(seen).toHaveLength(1);
    expect(seen[0].shared).toEqual({ givenNames: 'Nadia', familyNames: 'Hamidi' });
    // The case itself stays closed to investigators.
    expect([403, 404]).toContain((await investigator.get(`/api/protection-cases/${c.id}`)).statusCode);
    const revoked = await mk.delete(`/api/protection-cases/${c.id}/shares/${seen[0].id}`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await investigator.get('/api/protection-shares')).json().shares).toEqual([]);
  });
});

describe('an override of a missing consent', () => {
  it('is refused for an adult, allowed for a child at risk by the approver, audited and notified', async () => {
    const adult = await openCase({ givenNames: 'Hana' });
    const coordinator = await t.signIn('coordinator.mk');
    const body = {
      purpose: 'service_referral',
      recipientAgencyId: ngoId,
      ground: 'child_at_risk_of_serious_harm',
      reason: 'The trafficker is waiting outside the centre; she must be moved tonight.',
    };
    const refused = await coordinator.post(`/api/protection-cases/${adult.id}/consent-overrides`, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('ground');
    const child = await openCase({ givenNames: 'Mina', child: true });
    expect((await mk.post(`/api/protection-cases/${child.id}/consent-overrides`, body)).statusCode).toBe(403);
    const overridden = await coordinator.post(`/api/protection-cases/${child.id}/consent-overrides`, body);
    expect(overridden.statusCode, overridden.body).toBe(201);
    const overrideId = overridden.json().overrides[0].id;
    const referred = await mk.post(`/api/protection-cases/${child.id}/service-referrals`, {
      providerAgencyId: ngoId,
      service: 'shelter',
      followUpOn: day(1),
      overrideId,
    });
    expect(referred.statusCode, referred.body).toBe(201);
    expect(referred.json().serviceReferrals[0].byOverride).toBe(true);
    const { rows } = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'protection_consent_override' and record_id = '${overrideId}'`,
    );
    expect(rows[0]!.n).toBe(1);
    const told = (await mk.get('/api/notifications')).json().notifications;
    expect(told.some((n: { kind: string }) => n.kind === 'consent_overridden')).toBe(true);
  });
});

describe('a transfer to another jurisdiction', () => {
  let c: { id: string; version: number };
  let rs: SignedIn;

  it('is refused without consent to it, and stopped when consent is withdrawn', async () => {
    rs = await t.signIn('caseworker.rs');
    c = await openCase({
      givenNames: 'Leila',
      familyNames: 'Ahmadi',
      sex: 'female',
      birthDate: '2000-04-02',
    });
    const body = { toAgencyId: rsSocialId, fields: ['givenNames', 'sex', 'languages'] };
    const refused = await mk.post(`/api/protection-cases/${c.id}/transfers`, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/transfer of the case to RS is missing/);
    await consent(c.id, { purpose: 'cross_border_transfer', recipientJurisdiction: 'RS' });
    const proposed = await mk.post(`/api/protection-cases/${c.id}/transfers`, body);
    expect(proposed.statusCode, proposed.body).toBe(201);
    const transfer = proposed.json().transfers[0];
    expect(transfer).toMatchObject({ status: 'proposed', toJurisdiction: 'RS' });
    expect(
      (await rs.get('/api/protection-transfers')).json().transfers.map((x: { id: string }) => x.id),
    ).toContain(transfer.id);
    await consent(c.id, {
      purpose: 'cross_border_transfer',
      recipientJurisdiction: 'RS',
      status: 'withdrawn',
    });
    const view = (await mk.get(`/api/protection-cases/${c.id}`)).json();
    expect(view.transfers[0]).toMatchObject({ status: 'stopped', reason: 'consent withdrawn' });
    expect((await rs.get('/api/protection-transfers')).json().transfers).toEqual([]);
    const late = await rs.post(`/api/protection-transfers/${transfer.id}/answer`, { decision: 'accepted' });
    expect(late.statusCode).toBe(404);
    const request = (await mk.get(`/api/requests/${transfer.requestId}`)).json();
    expect(request.status).toBe('closed');
  });

  it('once consented again, is accepted in RS with the consented fields only, the origin kept on both sides', async () => {
    await consent(c.id, { purpose: 'cross_border_transfer', recipientJurisdiction: 'RS' });
    const proposed = await mk.post(`/api/protection-cases/${c.id}/transfers`, {
      toAgencyId: rsSocialId,
      fields: ['givenNames', 'sex', 'languages'],
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const transfer = proposed.json().transfers.find((x: { status: string }) => x.status === 'proposed');
    const incoming = (await rs.get('/api/protection-transfers')).json().transfers;
    expect(incoming[0].shared).toEqual({ givenNames: 'Leila', sex: 'female', languages: ['fa'] });
    const accepted = await rs.post(`/api/protection-transfers/${transfer.id}/answer`, {
      decision: 'accepted',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const opened = (await rs.get(`/api/protection-cases/${accepted.json().caseId}`)).json();
    expect(opened).toMatchObject({
      jurisdiction: 'RS',
      givenNames: 'Leila',
      familyNames: null,
      birthDate: null,
      sex: 'female',
      originJurisdiction: 'MK',
      originChain: [{ jurisdiction: 'MK', caseId: c.id }],
    });
    const origin = (await mk.get(`/api/protection-cases/${c.id}`)).json();
    expect(origin.transfers.find((x: { id: string }) => x.id === transfer.id)).toMatchObject({
      status: 'accepted',
      newCaseId: opened.id,
    });
    // RS never sees the MK case itself.
    expect([403, 404]).toContain((await rs.get(`/api/protection-cases/${c.id}`)).statusCode);
  });
});

describe('assessment and plan', () => {
  it('assesses a child with the child form and sends a plan that answers the pressing needs to approval', async () => {
    const c = await openCase({ givenNames: 'Omid', child: true });
    const adultForm = await mk.post(`/api/protection-cases/${c.id}/assessments`, {
      form: 'adult',
      assessedOn: day(),
      needs: {},
    });
    expect(adultForm.statusCode).toBe(400);
    expect(adultForm.json().error.field).toBe('form');
    const levels = Object.fromEntries(
      [
        'safety',
        'health',
        'psychological',
        'legal',
        'housing',
        'income',
        'family',
        'education',
        'care_arrangement',
      ].map((a) => [a, { level: 'low' }]),
    );
    const incomplete = await mk.post(`/api/protection-cases/${c.id}/assessments`, {
      form: 'child',
      assessedOn: day(),
      needs: levels,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.field).toBe('needs.guardianship');
    const assessed = await mk.post(`/api/protection-cases/${c.id}/assessments`, {
      form: 'child',
      assessedOn: day(),
      needs: { ...levels, guardianship: { level: 'urgent', notes: 'No guardian yet.' } },
    });
    expect(assessed.statusCode, assessed.body).toBe(201);
    const missing = await mk.post(`/api/protection-cases/${c.id}/plans`, {
      goals: [{ area: 'education', goal: 'School enrolment', dueOn: day(30) }],
      version: assessed.json().version,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/guardianship/);
    const planned = await mk.post(`/api/protection-cases/${c.id}/plans`, {
      goals: [{ area: 'guardianship', goal: 'A guardian appointed by the centre', dueOn: day(2) }],
      version: assessed.json().version,
    });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json().plan.status).toBe('pending');
    const coordinator = await t.signIn('coordinator.mk');
    const waiting = planned.json().approvals.find((a: { kind: string }) => a.kind === 'case_plan');
    const approved = await coordinator.post(`/api/protection-cases/${c.id}/approvals/${waiting.id}`, {
      decision: 'approved',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().plan.status).toBe('approved');
  });

  it('keeps the presumption of minority while an age assessment leaves doubt', async () => {
    const c = await openCase({ givenNames: 'Karim', ageInDoubt: true });
    const doubt = await mk.post(`/api/protection-cases/${c.id}/age-assessments`, {
      assessedOn: day(),
      method: 'psychosocial',
      minimumAge: 16,
      maximumAge: 19,
      by: 'Psychologist of the centre',
      version: c.version,
    });
    expect(doubt.statusCode, doubt.body).toBe(200);
    expect(doubt.json()).toMatchObject({ child: true, ageInDoubt: true });
    const adult = await mk.post(`/api/protection-cases/${c.id}/age-assessments`, {
      assessedOn: day(),
      method: 'documents',
      minimumAge: 19,
      maximumAge: 19,
      by: 'Passport seen by the caseworker',
      version: doubt.json().version,
    });
    expect(adult.json()).toMatchObject({ child: false, ageInDoubt: false });
    expect(adult.json().ageAssessments).toHaveLength(2);
  });
});

describe('retention', () => {
  it('lists closed cases past the period, erases identity on review and keeps the counts', async () => {
    const c = await openCase({
      givenNames: 'Roya',
      familyNames: 'Sultani',
      sex: 'female',
      nationality: 'AF',
      birthDate: '1990-05-01',
      openedOn: '2012-01-10',
    });
    expect(
      (
        await mk.post(`/api/protection-cases/${c.id}/close`, {
          outcome: 'integrated',
          reason: 'Settled with her sister in Skopje.',
          closedOn: '2014-06-30',
          version: c.version,
        })
      ).statusCode,
    ).toBe(200);
    const coordinator = await t.signIn('coordinator.mk');
    const view = (await coordinator.get(`/api/protection-cases/${c.id}`)).json();
    const closure = view.approvals.find((a: { kind: string }) => a.kind === 'closure');
    await coordinator.post(`/api/protection-cases/${c.id}/approvals/${closure.id}`, { decision: 'approved' });
    expect((await mk.get('/api/protection-retention')).statusCode).toBe(403);
    const due = (await coordinator.get('/api/protection-retention')).json();
    expect(due.retentionYears).toBe(10);
    expect(due.cases.map((x: { id: string }) => x.id)).toContain(c.id);
    const before = (
      await t.database.owner(
        `select count(*)::int as n from protection_cases where jurisdiction = 'MK' and sex = 'female' and nationality = 'AF'`,
      )
    ).rows[0]!.n;
    const erased = await coordinator.post(`/api/protection-cases/${c.id}/retention`, {
      decision: 'erase',
      reason: 'Ten years since closure; nothing pending.',
    });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({
      erased: true,
      givenNames: null,
      familyNames: null,
      sex: 'female',
      nationality: 'AF',
      closureOutcome: 'integrated',
    });
    const { rows } = await t.database.owner(
      `select given_names, family_names, birth_date, closure_reason from protection_cases where id = '${c.id}'`,
    );
    expect(rows[0]).toEqual({
      given_names: null,
      family_names: null,
      birth_date: '1990',
      closure_reason: null,
    });
    const witnesses = await t.database.owner(
      `select count(*)::int as n from protection_consents where case_id = '${c.id}' and witnessed_by is not null`,
    );
    expect(witnesses.rows[0]!.n).toBe(0);
    const after = (
      await t.database.owner(
        `select count(*)::int as n from protection_cases where jurisdiction = 'MK' and sex = 'female' and nationality = 'AF'`,
      )
    ).rows[0]!.n;
    expect(after).toBe(before);
    const audit = await t.database.owner(
      `select details from audit_log where record_type = 'protection_case' and record_id = '${c.id}' order by seq desc limit 1`,
    );
    expect(audit.rows[0]!.details).toMatchObject({ erased: true });
    expect(
      (await coordinator.get('/api/protection-retention')).json().cases.map((x: { id: string }) => x.id),
    ).not.toContain(c.id);
    const again = await coordinator.post(`/api/protection-cases/${c.id}/retention`, {
      decision: 'erase',
      reason: 'again',
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses to erase a case before its period ends, and exports a person’s data on request', async () => {
    const c = await openCase({ givenNames: 'Parisa', familyNames: 'Jafari' });
    const exported = await mk.get(`/api/protection-cases/${c.id}/export`);
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    expect(exported.json().case).toMatchObject({ givenNames: 'Parisa', familyNames: 'Jafari' });
    const { rows } = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'protection_case_export' and record_id = '${c.id}'`,
    );
    expect(rows[0]!.n).toBe(1);
  });
});

describe('a decision the approver takes themselves', () => {
  it('settles the caseworker’s proposal still waiting, as superseded', async () => {
    const c = await openCase({ givenNames: 'Samira' });
    const proposed = await mk.post(`/api/protection-cases/${c.id}/reasonable-grounds`, {
      decision: 'not_presumed_victim',
      decidedOn: day(),
      reasons: 'No indicator beyond a smuggling debt.',
      version: c.version,
    });
    expect(proposed.json().approvals[0].status).toBe('pending');
    const coordinator = await t.signIn('coordinator.mk');
    const decided = await coordinator.post(`/api/protection-cases/${c.id}/reasonable-grounds`, {
      decision: 'presumed_victim',
      decidedOn: day(),
      reasons: 'Threats against her family if she stops working for the debt.',
      version: proposed.json().version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      reasonableGrounds: 'presumed_victim',
      stage: 'reflection_period',
    });
    expect(decided.json().approvals[0]).toMatchObject({
      status: 'rejected',
      comment: 'superseded by the approver’s own decision',
    });
    // Nothing is left to approve: approving the old proposal now is refused.
    const late = await coordinator.post(
      `/api/protection-cases/${c.id}/approvals/${decided.json().approvals[0].id}`,
      { decision: 'approved' },
    );
    expect(late.statusCode).toBe(409);
  });
});
