/**
 * The protection domain's rules, from their sources: the Convention's 30 days of recovery and
 * reflection counted from the reasonable-grounds decision, alerts before its end, consent per purpose
 * and recipient where the latest record decides, services that end with a reason, a child's case that
 * cannot close without a best-interests determination, and retention counted in whole years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween } from './calendar.ts';
import { mayClose, treatedAsChild } from './children.ts';
import { type ConsentRecord, consentFor, overrideAllowed } from './consent.ts';
import { daysLeft, noRemoval, reflectionAlertsDue, reflectionPeriod } from './reflection.ts';
import { retentionDue, retentionDueOn } from './retention.ts';
import { canMoveServiceReferral, needsReason } from './services.ts';
import { canMoveStage, DEFAULT_NRM_PATHWAY, NrmPathway } from './stages.ts';

describe('the recovery and reflection period', () => {
  it('lasts at least the Convention’s 30 days from the decision, the first day counting', () => {
    const period = reflectionPeriod('2026-03-01', 30);
    expect(period.lastDay).toBe('2026-03-30');
    expect(period.days).toBe(30);
    // A jurisdiction cannot give less than 30 days, but may give more.
    expect(reflectionPeriod('2026-03-01', 20).days).toBe(30);
    expect(reflectionPeriod('2026-03-01', 90).lastDay).toBe('2026-05-29');
  });

  it('adds extensions, each with its reason', () => {
    const period = reflectionPeriod('2026-12-20', 30, [
      { days: 30, reason: 'still in hospital', grantedOn: '2027-01-10' },
    ]);
    expect(period.days).toBe(60);
    expect(period.lastDay).toBe('2027-02-17');
  });

  it('bars removal from the first to the last day, and not before or after', () => {
    const period = reflectionPeriod('2026-03-01', 30);
    expect(noRemoval(period, '2026-02-28')).toBe(false);
    expect(noRemoval(period, '2026-03-01')).toBe(true);
    expect(noRemoval(period, '2026-03-30')).toBe(true);
    expect(noRemoval(period, '2026-03-31')).toBe(false);
  });

  it('alerts 7 and 2 days before the last day, and never after it', () => {
    const period = reflectionPeriod('2026-03-01', 30);
    expect(reflectionAlertsDue(period, '2026-03-22')).toEqual([]);
    expect(reflectionAlertsDue(period, '2026-03-23')).toEqual([7]);
    expect(reflectionAlertsDue(period, '2026-03-28')).toEqual([7, 2]);
    expect(reflectionAlertsDue(period, '2026-03-31')).toEqual([]);
    expect(daysLeft(period, '2026-03-30')).toBe(0);
  });

  it('counts whole calendar days across months, leap days and years', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 30, max: 400 }),
        (start, days) => {
          const startsOn = start.toISOString().slice(0, 10);
          const period = reflectionPeriod(startsOn, days);
          expect(daysBetween(startsOn, period.lastDay)).toBe(period.days - 1);
          expect(addDays(period.lastDay, -(period.days - 1))).toBe(startsOn);
        },
      ),
    );
  });
});

describe('consent', () => {
  const AGENCY = '0b8c0d1e-0000-4000-8000-000000000001';
  const OTHER = '0b8c0d1e-0000-4000-8000-000000000002';
  const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`;
  const record = (over: Partial<ConsentRecord>): ConsentRecord => ({
    purpose: 'share_with_agency',
    recipientAgencyId: AGENCY,
    status: 'given',
    recordedAt: at(0),
    ...over,
  });

  it('covers only the purpose and the recipient it names', () => {
    const records = [record({})];
    expect(consentFor(records, { purpose: 'share_with_agency', recipientAgencyId: AGENCY }).covered).toBe(
      true,
    );
    expect(consentFor(records, { purpose: 'share_with_agency', recipientAgencyId: OTHER })).toMatchObject({
      covered: false,
      reason: 'none',
    });
    expect(
      consentFor(records, { purpose: 'cross_border_transfer', recipientJurisdiction: 'RS' }).covered,
    ).toBe(false);
  });

  it('lets the latest record decide: a withdrawal ends the consent, a new consent restores it', () => {
    const given = record({ recordedAt: at(0) });
    const withdrawn = record({ status: 'withdrawn', recordedAt: at(5) });
    const again = record({ recordedAt: at(9) });
    const need = { purpose: 'share_with_agency' as const, recipientAgencyId: AGENCY };
    expect(consentFor([given, withdrawn], need)).toMatchObject({ covered: false, reason: 'withdrawn' });
    expect(consentFor([withdrawn, given], need)).toMatchObject({ covered: false, reason: 'withdrawn' });
    expect(consentFor([given, withdrawn, again], need).covered).toBe(true);
    expect(consentFor([record({ status: 'refused' })], need)).toMatchObject({
      covered: false,
      reason: 'refused',
    });
  });

  it('covers a service at a provider only for that service when the consent names one', () => {
    const shelter = record({ purpose: 'service_referral', service: 'shelter' });
    const need = (service: string) => ({
      purpose: 'service_referral' as const,
      recipientAgencyId: AGENCY,
      service,
    });
    expect(consentFor([shelter], need('shelter')).covered).toBe(true);
    expect(consentFor([shelter], need('medical')).covered).toBe(false);
    expect(consentFor([record({ purpose: 'service_referral' })], need('medical')).covered).toBe(true);
  });

  it('lets a supervisor override only for a child, on the ground the law names, with a reason', () => {
    const reason = 'The girl is at risk of being taken abroad this week.';
    expect(overrideAllowed({ child: true }, 'child_at_risk_of_serious_harm', reason)).toBe(true);
    expect(overrideAllowed({ child: false }, 'child_at_risk_of_serious_harm', reason)).toBe(false);
    expect(overrideAllowed({ child: true }, 'convenience', reason)).toBe(false);
    expect(overrideAllowed({ child: true }, 'child_at_risk_of_serious_harm', 'urgent')).toBe(false);
  });
});

describe('the NRM pathway', () => {
  it('moves a case stage by stage, allows closing from anywhere open and reopening a closed case', () => {
    expect(canMoveStage(DEFAULT_NRM_PATHWAY, 'referral_received', 'reasonable_grounds')).toBe(true);
    expect(canMoveStage(DEFAULT_NRM_PATHWAY, 'referral_received', 'integration')).toBe(false);
    for (const s of DEFAULT_NRM_PATHWAY.stages.filter((s) => s.stage !== 'closed'))
      expect(canMoveStage(DEFAULT_NRM_PATHWAY, s.stage, 'closed'), s.stage).toBe(true);
    expect(canMoveStage(DEFAULT_NRM_PATHWAY, 'closed', 'assistance')).toBe(true);
  });

  it('refuses a pathway that names a stage it does not have, or less than 30 days of reflection', () => {
    expect(NrmPathway.safeParse(DEFAULT_NRM_PATHWAY).success).toBe(true);
    const bad = structuredClone(DEFAULT_NRM_PATHWAY);
    bad.stages = bad.stages.filter((s) => s.stage !== 'return');
    const refused = NrmPathway.safeParse(bad);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/"return" is not a stage of this pathway/);
    expect(NrmPathway.safeParse({ ...DEFAULT_NRM_PATHWAY, reflectionDays: 20 }).success).toBe(false);
  });
});

describe('services', () => {
  it('go from proposed to accepted or declined, and from accepted to delivered or not, with a reason when refused', () => {
    expect(canMoveServiceReferral('proposed', 'accepted')).toBe(true);
    expect(canMoveServiceReferral('proposed', 'delivered')).toBe(false);
    expect(canMoveServiceReferral('accepted', 'not_delivered')).toBe(true);
    expect(canMoveServiceReferral('delivered', 'accepted')).toBe(false);
    expect(needsReason('declined')).toBe(true);
    expect(needsReason('delivered')).toBe(false);
  });
});

describe('children', () => {
  it('presumes a minor while the age is in doubt, until an assessment shows an adult beyond doubt', () => {
    expect(treatedAsChild({ age: 16 })).toBe(true);
    expect(treatedAsChild({ age: 19, ageInDoubt: true })).toBe(true);
    const adult = {
      assessedOn: '2026-03-01',
      method: 'psychosocial' as const,
      minimumAge: 19,
      maximumAge: 22,
      by: 'Dr S.',
    };
    const range = { ...adult, minimumAge: 17 };
    expect(treatedAsChild({ age: 19, ageInDoubt: true, assessments: [adult] })).toBe(false);
    expect(treatedAsChild({ age: 19, ageInDoubt: true, assessments: [range] })).toBe(true);
    expect(treatedAsChild({ age: 25 })).toBe(false);
  });

  it('does not close a child’s case without a best-interests determination', () => {
    expect(mayClose({ child: true })).toEqual({ ok: false, reason: 'best_interests_determination_missing' });
    expect(mayClose({ child: true, bestInterestsDeterminedOn: '2026-04-01' })).toEqual({ ok: true });
    expect(mayClose({ child: false })).toEqual({ ok: true });
  });
});

describe('retention', () => {
  it('falls due the given number of years after closing, 29 February becoming 28 February', () => {
    expect(retentionDueOn('2026-03-31', 10)).toBe('2036-03-31');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(retentionDue('2016-03-31', 10, '2026-03-30')).toBe(false);
    expect(retentionDue('2016-03-31', 10, '2026-03-31')).toBe(true);
    expect(retentionDue(null, 10, '2099-01-01')).toBe(false);
  });
});
