/**
 * The work on a case: the needs assessment (the adult or the child form), the case plan that goes
 * to the supervisor, children's safeguards (a guardian, age assessments), and service referrals to
 * providers from the directory, each behind the person's consent, showing the provider only the
 * fields its service needs, with a follow-up date past which it is overdue.
 */
import {
  type CaseField,
  canMoveServiceReferral,
  formFor,
  NeedsAssessment,
  needsWithoutGoal,
  pickFields,
  SERVICE_FIELDS,
  type ServiceReferralStatus,
  treatedAsChild,
} from '@veza/core';
import { and, desc, eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHaveConsent } from '../../access/consent.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import {
  agencies,
  protectionAssessments,
  protectionPlans,
  protectionServiceReferrals,
} from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { requestApproval } from './approvals.ts';
import { notifyOnCase, usersWithRole } from './notify.ts';
import type {
  AssessmentCreate,
  PlanCreate,
  ProtectionCaseView,
  ServiceReferralCreate,
  ServiceReferralUpdate,
  ServiceReferralView,
} from './schema.ts';
import { agencyOf, type CaseRow, caseFor, change, notBefore, periodOf, present, today } from './service.ts';

/** The case as its fields can leave it (core CASE_FIELDS), for picking what a recipient may see. */
export async function caseRecord(ctx: ActorContext, row: CaseRow): Promise<Record<CaseField, unknown>> {
  const assessment = await latestAssessment(ctx, row.id);
  const period = periodOf(row);
  return {
    givenNames: row.givenNames,
    familyNames: row.familyNames,
    birthDate: row.birthDate,
    sex: row.sex,
    nationality: row.nationality,
    languages: row.languages,
    child: row.child,
    guardian: row.guardianName ? { name: row.guardianName, appointedOn: row.guardianAppointedOn } : null,
    needs: assessment
      ? { form: assessment.form, assessedOn: assessment.assessedOn, needs: assessment.needs }
      : null,
    reflection: period ? { lastDay: period.lastDay, noRemovalUntil: period.lastDay } : null,
    stage: row.stage,
  };
}

export async function latestAssessment(ctx: ActorContext, caseId: string) {
  const [row] = await ctx.tx
    .select()
    .from(protectionAssessments)
    .where(eq(protectionAssessments.caseId, caseId))
    .orderBy(desc(protectionAssessments.recordedAt))
    .limit(1);
  return row;
}

export async function recordAssessment(
  ctx: ActorContext,
  id: string,
  input: AssessmentCreate,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'update');
  if (input.form !== formFor(row))
    throw new AppError(
      'validation',
      row.child ? 'a child is assessed with the child form' : 'an adult is assessed with the adult form',
      { field: 'form' },
    );
  const parsed = NeedsAssessment.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('validation', issue.message, { field: issue.path.join('.') });
  }
  notBefore(row, input.assessedOn, 'assessedOn', ctx);
  const [assessment] = await ctx.tx
    .insert(protectionAssessments)
    .values({
      caseId: row.id,
      jurisdiction: row.jurisdiction,
      form: input.form,
      assessedOn: input.assessedOn,
      needs: parsed.data.needs,
      recordedBy: ctx.actor.userId,
      recordedAt: ctx.now,
    })
    .returning({ id: protectionAssessments.id });
  await recordChange(ctx, 'create', 'protection_assessment', assessment!.id, { caseId: row.id });
  return present(ctx, row);
}

/** A case plan: goals answering the assessment's pressing needs, sent to the supervisor for approval. */
export async function submitPlan(
  ctx: ActorContext,
  id: string,
  input: PlanCreate & { version: number },
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'update');
  const assessment = await latestAssessment(ctx, row.id);
  if (!assessment)
    throw new AppError('validation', 'a plan follows a needs assessment: assess the needs first', {
      field: 'goals',
    });
  const missing = needsWithoutGoal({ needs: assessment.needs as never }, input.goals);
  if (missing.length)
    throw new AppError('validation', `the plan sets no goal for the pressing needs: ${missing.join(', ')}`, {
      field: 'goals',
    });
  for (const [i, goal] of input.goals.entries())
    if (goal.dueOn < today(ctx) && !goal.done)
      throw new AppError('validation', 'a goal still to meet is due today or later', {
        field: `goals.${i}.dueOn`,
      });
  const [plan] = await ctx.tx
    .insert(protectionPlans)
    .values({
      caseId: row.id,
      jurisdiction: row.jurisdiction,
      goals: input.goals,
      recordedBy: ctx.actor.userId,
      recordedAt: ctx.now,
    })
    .returning({ id: protectionPlans.id });
  const updated = await requestApproval(ctx, row, input.version, 'case_plan', { planId: plan!.id });
  return present(ctx, updated);
}

export async function appointGuardian(
  ctx: ActorContext,
  id: string,
  input: { guardianName: string; appointedOn: string; version: number },
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'update');
  if (!row.child)
    throw new AppError('validation', 'a guardian is appointed for a child', { field: 'guardianName' });
  notBefore(row, input.appointedOn, 'appointedOn', ctx);
  const updated = await change(ctx, row, input.version, {
    guardianName: input.guardianName,
    guardianAppointedOn: input.appointedOn,
  });
  await recordChange(ctx, 'update', 'protection_case', id, { guardianAppointedOn: input.appointedOn });
  return present(ctx, updated);
}

/**
 * An age assessment. The person stays a child while any doubt remains (Directive 2011/36/EU art.
 * 13(2)): only an assessment whose lowest age is 18 or more ends the presumption.
 */
export async function recordAgeAssessment(
  ctx: ActorContext,
  id: string,
  input: {
    assessedOn: string;
    method: string;
    minimumAge: number;
    maximumAge: number;
    by: string;
    version: number;
  },
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'update');
  notBefore(row, input.assessedOn, 'assessedOn', ctx);
  const { version, ...assessment } = input;
  const assessments = [...(row.ageAssessments as never[]), assessment] as never[];
  const child = treatedAsChild({ ageInDoubt: true, assessments });
  const updated = await change(ctx, row, version, {
    ageAssessments: assessments,
    child,
    ageInDoubt: child && assessment.maximumAge >= 18,
  });
  await recordChange(ctx, 'update', 'protection_case', id, { ageAssessed: assessment.method, child });
  return present(ctx, updated);
}

type ReferralRow = typeof protectionServiceReferrals.$inferSelect;

export function presentReferral(r: ReferralRow, providerName: string, on: string): ServiceReferralView {
  const open = r.status === 'proposed' || r.status === 'accepted';
  return {
    id: r.id,
    caseId: r.caseId,
    provider: { id: r.providerAgencyId, name: providerName },
    service: r.service as ServiceReferralView['service'],
    status: r.status as ServiceReferralStatus,
    reason: r.reason,
    note: r.note,
    followUpOn: r.followUpOn,
    overdue: open && r.followUpOn < on,
    shared: r.shared as Record<string, unknown>,
    byOverride: r.overrideId !== null,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * Refers the person to a service at a provider of the jurisdiction's directory, once the person
 * consented to that referral (or a supervisor's override covers it); the provider's caseworkers
 * are told and see the fields the service needs.
 */
export async function referToService(
  ctx: ActorContext,
  id: string,
  input: ServiceReferralCreate,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'refer_to_service');
  const provider = await agencyOf(ctx, input.providerAgencyId);
  if (!provider || provider.jurisdiction !== row.jurisdiction)
    throw new AppError('validation', "choose a provider from your jurisdiction's directory", {
      field: 'providerAgencyId',
    });
  if (input.followUpOn < today(ctx))
    throw new AppError('validation', 'the follow-up date is today or later', { field: 'followUpOn' });
  const { overrideId } = await mustHaveConsent(
    ctx,
    row.id,
    {
      purpose: 'service_referral',
      recipientAgencyId: provider.id,
      service: input.service,
      recipientLabel: provider.name,
    },
    input.overrideId,
  );
  const shared = pickFields(await caseRecord(ctx, row), SERVICE_FIELDS[input.service]);
  const [referral] = await ctx.tx
    .insert(protectionServiceReferrals)
    .values({
      caseId: row.id,
      jurisdiction: row.jurisdiction,
      providerAgencyId: provider.id,
      service: input.service,
      note: input.note ?? null,
      shared,
      followUpOn: input.followUpOn,
      overrideId,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    })
    .returning({ id: protectionServiceReferrals.id });
  await recordChange(ctx, 'create', 'protection_service_referral', referral!.id, {
    caseId: row.id,
    provider: provider.id,
    service: input.service,
    override: overrideId,
  });
  await notifyOnCase(
    ctx,
    row.id,
    await usersWithRole(ctx, 'caseworker', provider.id),
    'service_referral_received',
    `service:${referral!.id}:proposed`,
  );
  return present(ctx, row);
}

async function loadReferral(ctx: ActorContext, referralId: string): Promise<ReferralRow> {
  const [referral] = await ctx.tx
    .select()
    .from(protectionServiceReferrals)
    .where(eq(protectionServiceReferrals.id, referralId));
  if (!referral) throw notFound('Service referral');
  return referral;
}

/**
 * What became of a referral: accepted or declined, then delivered or not (with the reason where it
 * was not), by the provider's caseworkers or the case's; the case's caseworker is told of the
 * provider's answers. Row-level security lets a provider touch only its own referrals.
 */
export async function updateServiceReferral(
  ctx: ActorContext,
  referralId: string,
  input: ServiceReferralUpdate,
): Promise<ServiceReferralView> {
  const referral = await loadReferral(ctx, referralId);
  const provider = referral.providerAgencyId === ctx.actor.agencyId;
  if (provider) mustHave(ctx.actor, 'openProtectionCases');
  else await caseFor(ctx, referral.caseId, 'refer_to_service');
  const from = referral.status as ServiceReferralStatus;
  if (input.status !== from && !canMoveServiceReferral(from, input.status))
    throw new AppError(
      'validation',
      `a referral ${from.replace('_', ' ')} cannot become ${input.status.replace('_', ' ')}`,
      {
        field: 'status',
      },
    );
  if (input.followUpOn && input.followUpOn < today(ctx))
    throw new AppError('validation', 'the follow-up date is today or later', { field: 'followUpOn' });
  const [updated] = await ctx.tx
    .update(protectionServiceReferrals)
    .set({
      status: input.status,
      reason: input.reason ?? referral.reason,
      followUpOn: input.followUpOn ?? referral.followUpOn,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    })
    .where(eq(protectionServiceReferrals.id, referralId))
    .returning();
  if (!updated) throw notFound('Service referral');
  await recordChange(ctx, 'update', 'protection_service_referral', referralId, {
    status: input.status,
    byProvider: provider,
  });
  if (provider)
    await notifyOnCase(
      ctx,
      referral.caseId,
      [referral.createdBy].filter((x): x is string => x !== null),
      `service_referral_${input.status}`,
      `service:${referralId}:${input.status}`,
    );
  const agency = await agencyOf(ctx, referral.providerAgencyId);
  return presentReferral(updated, agency?.name ?? '—', today(ctx));
}

/** A provider's referrals: what its caseworkers are asked to deliver, with only the fields each needs. */
export async function incomingServiceReferrals(
  ctx: ActorContext,
  status?: ServiceReferralStatus,
): Promise<ServiceReferralView[]> {
  mustHave(ctx.actor, 'openProtectionCases');
  const rows = await ctx.tx
    .select({ r: protectionServiceReferrals, name: agencies.name })
    .from(protectionServiceReferrals)
    .innerJoin(agencies, eq(agencies.id, protectionServiceReferrals.providerAgencyId))
    .where(
      and(
        eq(protectionServiceReferrals.providerAgencyId, ctx.actor.agencyId),
        eq(protectionServiceReferrals.jurisdiction, ctx.actor.jurisdiction),
        ...(status ? [eq(protectionServiceReferrals.status, status)] : []),
      ),
    )
    .orderBy(desc(protectionServiceReferrals.createdAt))
    .limit(500);
  const on = today(ctx);
  return rows.map(({ r, name }) => presentReferral(r, name, on));
}
