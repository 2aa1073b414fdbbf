/**
 * Demo protection cases: in each jurisdiction, the demo caseworker's cases at the stages a
 * protection agency sees at once: a referral just received, a reasonable-grounds decision waiting
 * for approval, a presumed victim in the reflection period, one whose period ends within the week,
 * a child with a guardian, one identified and assisted (its needs assessed, a plan approved, a
 * shelter accepting the referral where the jurisdiction has a provider), one closed after
 * integration. The caseworker proposes, the supervisor approves; all written through the same
 * services as the pages, dated back from today.
 */
import { JURISDICTIONS, type ProtectionStage } from '@veza/core';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { ActorContext } from '../access/actor.ts';
import { actorOf } from '../access/actors.ts';
import { withActor } from '../access/transaction.ts';
import type { Database } from '../db/connection.ts';
import { agencies, protectionApprovals, protectionCases } from '../db/schema.ts';
import { decideApproval } from '../features/protection/approvals.ts';
import {
  closeProtectionCase,
  decideReasonableGrounds,
  moveStage,
  openProtectionCase,
  recordConsent,
} from '../features/protection/service.ts';
import {
  appointGuardian,
  recordAssessment,
  referToService,
  submitPlan,
  updateServiceReferral,
} from '../features/protection/work.ts';

const PEOPLE: [string, string, string, string][] = [
  ['Amina', 'Rahimi', 'AF', 'fa'],
  ['Fatima', 'Noori', 'AF', 'prs'],
  ['Elira', 'Hoxha', 'AL', 'sq'],
  ['Mariam', 'Saleh', 'SY', 'ar'],
  ['Ayesha', 'Khan', 'PK', 'ur'],
  ['Jelena', 'Marković', 'RS', 'sr'],
];

export async function seedDemoProtection(database: Database, now = new Date()): Promise<number> {
  const ids: string[] = [];
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  for (const [index, jurisdiction] of JURISDICTIONS.filter((j) => j !== 'REG').entries()) {
    const caseworker = await actorOf(database, `caseworker.${jurisdiction.toLowerCase()}`);
    const supervisor = await actorOf(database, `supervisor.${jurisdiction.toLowerCase()}`);
    const as = <T>(actor: typeof caseworker, work: (ctx: ActorContext) => Promise<T>) =>
      withActor(database, actor, work, { now });
    const person = (k: number) => PEOPLE[(index + k) % PEOPLE.length]!;
    const open = (k: number, openedOn: string, child = false) =>
      as(caseworker, async (ctx) => {
        const [given, family, nationality, language] = person(k);
        const c = await openProtectionCase(ctx, {
          givenNames: given,
          familyNames: family,
          nationality: nationality as never,
          languages: [language as never],
          child,
          ageInDoubt: false,
          openedOn,
          supervisorId: supervisor.userId,
          handlingCode: 'H2',
        });
        ids.push(c.id);
        return c;
      });
    /** The caseworker's decision, and (unless it is to wait) the supervisor's approval of it. */
    const presume = async (id: string, decidedOn: string, version: number, approved = true) => {
      await as(caseworker, (ctx) =>
        decideReasonableGrounds(ctx, id, {
          decision: 'presumed_victim',
          decidedOn,
          reasons: 'Deceived about the work; documents kept by the employer; a debt for the journey.',
          version,
        }),
      );
      return approved ? approveWaiting(id) : null;
    };
    const approveWaiting = (id: string) =>
      as(supervisor, async (ctx) => {
        const [waiting] = await ctx.tx
          .select({ id: protectionApprovals.id })
          .from(protectionApprovals)
          .where(and(eq(protectionApprovals.caseId, id), eq(protectionApprovals.status, 'pending')));
        return decideApproval(ctx, id, waiting!.id, { decision: 'approved', comment: 'Agreed.' });
      });
    const w = <T>(work: (ctx: ActorContext) => Promise<T>) => as(caseworker, work);
    /** Identified as a victim on the first day, then along the stages given; the case's version after. */
    const identifyAndMove = async (
      id: string,
      version: number,
      identifiedOn: string,
      steps: [ProtectionStage, string][],
    ) => {
      let v = (
        await w((ctx) =>
          moveStage(ctx, id, {
            stage: 'formal_identification',
            identification: 'identified_victim',
            decidedOn: identifiedOn,
            version,
          }),
        )
      ).version;
      for (const [stage, decidedOn] of steps)
        v = (await w((ctx) => moveStage(ctx, id, { stage, decidedOn, version: v }))).version;
      return v;
    };
    // A referral just received, and a decision waiting for the supervisor's approval.
    await open(0, day(0));
    const waiting = await open(5, day(-2));
    await presume(waiting.id, day(-1), waiting.version, false);
    // In the reflection period, and one whose period ends within the week.
    const reflecting = await open(1, day(-20));
    await presume(reflecting.id, day(-18), reflecting.version);
    const ending = await open(2, day(-30));
    await presume(ending.id, day(-25), ending.version);
    // A child, presumed a victim, with a guardian, counted in statistics with her consent.
    const child = await open(3, day(-10), true);
    const childDecided = (await presume(child.id, day(-9), child.version))!;
    await w(async (ctx) => {
      await appointGuardian(ctx, child.id, {
        guardianName: 'Guardian of the social welfare centre',
        appointedOn: day(-9),
        version: childDecided.version,
      });
      await recordConsent(ctx, child.id, {
        purpose: 'statistics',
        status: 'given',
        language: childDecided.languages[0] as never,
        witnessedBy: 'Guardian appointed by the social welfare centre',
      });
    });
    // Identified and assisted: needs assessed, a plan approved, a shelter where there is a provider.
    const assisted = await open(4, day(-60));
    let v = (await presume(assisted.id, day(-55), assisted.version))!.version;
    v = await identifyAndMove(assisted.id, v, day(-20), [['assistance', day(-15)]]);
    const level = (l: string) => ({ level: l as never });
    await w((ctx) =>
      recordAssessment(ctx, assisted.id, {
        form: 'adult',
        assessedOn: day(-15),
        needs: {
          safety: { level: 'high', notes: 'The recruiter knows where her family lives.' },
          health: level('medium'),
          psychological: { level: 'high', notes: 'Sleeps badly; flashbacks.' },
          legal: level('medium'),
          housing: { level: 'urgent', notes: 'No safe place to stay.' },
          income: level('medium'),
          family: level('low'),
          education: level('none'),
        },
      }),
    );
    await w((ctx) =>
      submitPlan(ctx, assisted.id, {
        goals: [
          { area: 'housing', goal: 'A place at a shelter', dueOn: day(5), done: false },
          {
            area: 'safety',
            goal: 'A safety plan agreed with the police liaison',
            dueOn: day(14),
            done: false,
          },
          { area: 'psychological', goal: 'Weekly counselling in her language', dueOn: day(30), done: false },
        ],
        version: v,
      }),
    );
    await approveWaiting(assisted.id);
    const [provider] = await database.db
      .select({ id: agencies.id })
      .from(agencies)
      .where(
        and(
          eq(agencies.jurisdiction, jurisdiction),
          eq(agencies.type, 'ngo'),
          ne(agencies.id, caseworker.agencyId),
        ),
      );
    if (provider) {
      const referral = await w(async (ctx) => {
        await recordConsent(ctx, assisted.id, {
          purpose: 'service_referral',
          recipientAgencyId: provider.id,
          status: 'given',
          language: person(4)[3] as never,
          witnessedBy: 'Interpreter of the centre',
        });
        const referred = await referToService(ctx, assisted.id, {
          providerAgencyId: provider.id,
          service: 'shelter',
          followUpOn: day(3),
          note: 'Needs a place this week; speaks little English.',
        });
        return referred.serviceReferrals.at(-1)!;
      });
      // The shelter's own caseworker accepts it.
      const shelter = await actorOf(database, `shelter.${jurisdiction.toLowerCase()}`);
      await as(shelter, (ctx) => updateServiceReferral(ctx, referral.id, { status: 'accepted' }));
    }
    // Closed after integration.
    const closed = await open(5, day(-220));
    v = (await presume(closed.id, day(-215), closed.version))!.version;
    v = await identifyAndMove(closed.id, v, day(-170), [
      ['assistance', day(-160)],
      ['integration', day(-70)],
    ]);
    await w((ctx) =>
      closeProtectionCase(ctx, closed.id, {
        outcome: 'integrated',
        reason: 'Employed and housed; wishes to stay; follow-up visits ended.',
        closedOn: day(-10),
        version: v,
      }),
    );
    await approveWaiting(closed.id);
  }
  await database.db.update(protectionCases).set({ isDemo: true }).where(inArray(protectionCases.id, ids));
  return ids.length;
}
