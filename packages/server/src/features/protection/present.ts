/** The work on a case as its view shows it: assessment, plan, approvals, referrals, shares, transfers, overrides. */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import {
  agencies,
  protectionApprovals,
  protectionAssessments,
  protectionConsentOverrides,
  protectionPlans,
  protectionServiceReferrals,
  protectionShares,
  protectionTransfers,
  users,
} from '../../db/schema.ts';
import type { ProtectionCaseView } from './schema.ts';
import { type CaseRow, today } from './service.ts';
import { presentShare, presentTransfer } from './sharing.ts';
import { presentReferral } from './work.ts';

type Work = Pick<
  ProtectionCaseView,
  'assessment' | 'plan' | 'approvals' | 'serviceReferrals' | 'shares' | 'transfers' | 'overrides'
>;

export async function caseWork(ctx: ActorContext, row: CaseRow): Promise<Work> {
  const byCase = <T extends { caseId: unknown }>(t: T) => eq(t.caseId as never, row.id);
  const [[assessment], [plan], approvals, referrals, shares, transfers, overrides] = await Promise.all([
    ctx.tx
      .select()
      .from(protectionAssessments)
      .where(byCase(protectionAssessments))
      .orderBy(desc(protectionAssessments.recordedAt))
      .limit(1),
    ctx.tx
      .select()
      .from(protectionPlans)
      .where(byCase(protectionPlans))
      .orderBy(desc(protectionPlans.recordedAt))
      .limit(1),
    ctx.tx
      .select()
      .from(protectionApprovals)
      .where(byCase(protectionApprovals))
      .orderBy(asc(protectionApprovals.requestedAt)),
    ctx.tx
      .select()
      .from(protectionServiceReferrals)
      .where(byCase(protectionServiceReferrals))
      .orderBy(asc(protectionServiceReferrals.createdAt)),
    ctx.tx
      .select()
      .from(protectionShares)
      .where(byCase(protectionShares))
      .orderBy(asc(protectionShares.sharedAt)),
    ctx.tx
      .select()
      .from(protectionTransfers)
      .where(byCase(protectionTransfers))
      .orderBy(asc(protectionTransfers.proposedAt)),
    ctx.tx
      .select()
      .from(protectionConsentOverrides)
      .where(byCase(protectionConsentOverrides))
      .orderBy(asc(protectionConsentOverrides.authorizedAt)),
  ]);
  const agencyIds = [
    ...referrals.map((r) => r.providerAgencyId),
    ...shares.map((s) => s.agencyId),
    ...transfers.map((t) => t.toAgencyId),
    ...overrides.flatMap((o) => (o.recipientAgencyId ? [o.recipientAgencyId] : [])),
  ];
  const userIds = [
    ...approvals.flatMap((a) => [a.requestedBy, ...(a.decidedBy ? [a.decidedBy] : [])]),
    ...overrides.map((o) => o.authorizedBy),
  ];
  const [agencyNames, userNames] = await Promise.all([
    agencyIds.length
      ? ctx.tx
          .select({ id: agencies.id, name: agencies.name })
          .from(agencies)
          .where(inArray(agencies.id, agencyIds))
      : [],
    userIds.length
      ? ctx.tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
      : [],
  ]);
  const agencyName = (id: string) => agencyNames.find((a) => a.id === id)?.name ?? '—';
  const person = (id: string) => ({ id, name: userNames.find((u) => u.id === id)?.name ?? '—' });
  const on = today(ctx);
  return {
    assessment: assessment
      ? {
          id: assessment.id,
          form: assessment.form as 'adult' | 'child',
          assessedOn: assessment.assessedOn,
          needs: assessment.needs as never,
          recordedAt: assessment.recordedAt.toISOString(),
        }
      : null,
    plan: plan
      ? {
          id: plan.id,
          goals: plan.goals as never,
          status: plan.status as 'pending',
          recordedAt: plan.recordedAt.toISOString(),
        }
      : null,
    approvals: approvals.map((a) => ({
      id: a.id,
      kind: a.kind as 'closure',
      proposal: a.proposal as Record<string, unknown>,
      status: a.status as 'pending',
      requestedBy: person(a.requestedBy),
      requestedAt: a.requestedAt.toISOString(),
      decidedBy: a.decidedBy ? person(a.decidedBy) : null,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      comment: a.comment,
    })),
    serviceReferrals: referrals.map((r) => presentReferral(r, agencyName(r.providerAgencyId), on)),
    shares: shares.map((s) => presentShare(s, agencyName(s.agencyId))),
    transfers: transfers.map((t) => presentTransfer(t, agencyName(t.toAgencyId))),
    overrides: overrides.map((o) => ({
      id: o.id,
      purpose: o.purpose,
      recipientAgency: o.recipientAgencyId
        ? { id: o.recipientAgencyId, name: agencyName(o.recipientAgencyId) }
        : null,
      ground: o.ground,
      reason: o.reason,
      authorizedBy: person(o.authorizedBy),
      authorizedAt: o.authorizedAt.toISOString(),
    })),
  };
}
