/**
 * Retention of closed protection cases: each jurisdiction keeps them for its number of years
 * (its NRM pathway), then lists them for its coordinators to review; a coordinator erases the
 * person's identity (statistics kept: veza_erase_protection_case) or keeps the case until a date,
 * with the reason; both audited. And a person's own data, exported on their request.
 */
import { retentionDueOn } from '@veza/core';
import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { protectionPolicy } from '../../access/policies/protection.ts';
import { openRecord } from '../../access/reads.ts';
import { protectionAssessments, protectionCases, protectionPlans } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { ProtectionCaseView, RetentionDecision, RetentionDue } from './schema.ts';
import { caseFor, loadCase, pathwayOf, personName, present, today } from './service.ts';

function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d));
  // 29 February less a year is 28 February (addYears in core does the same forwards).
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export async function retentionDue(ctx: ActorContext): Promise<RetentionDue> {
  mustHave(ctx.actor, 'runReferralMechanism');
  const { retentionYears } = await pathwayOf(ctx);
  const on = today(ctx);
  const t = protectionCases;
  const rows = await ctx.tx
    .select()
    .from(t)
    .where(
      and(
        eq(t.jurisdiction, ctx.actor.jurisdiction),
        eq(t.status, 'closed'),
        isNull(t.erasedAt),
        lte(t.closedOn, yearsBefore(on, retentionYears)),
        or(isNull(t.retentionHoldUntil), lte(t.retentionHoldUntil, on)),
      ),
    )
    .orderBy(asc(t.closedOn))
    .limit(1000);
  return {
    retentionYears,
    cases: rows.map((r) => ({
      id: r.id,
      name: personName(r),
      closedOn: r.closedOn!,
      closureOutcome: r.closureOutcome,
      dueOn: retentionDueOn(r.closedOn!, retentionYears),
      heldUntil: r.retentionHoldUntil,
    })),
  };
}

export async function decideRetention(
  ctx: ActorContext,
  id: string,
  input: RetentionDecision,
): Promise<ProtectionCaseView> {
  mustHave(ctx.actor, 'runReferralMechanism');
  const row = await caseFor(ctx, id, 'erase');
  if (row.erasedAt) throw new AppError('conflict', "the person's identity was already erased from this case");
  const { retentionYears } = await pathwayOf(ctx);
  const dueOn = retentionDueOn(row.closedOn!, retentionYears);
  const on = today(ctx);
  if (dueOn > on)
    throw new AppError('validation', `the case is kept until ${dueOn}; it is reviewed then`, {
      field: 'decision',
    });
  if (input.decision === 'keep') {
    if (input.keepUntil! <= on)
      throw new AppError('validation', 'keep the case until a day after today', { field: 'keepUntil' });
    await ctx.tx
      .update(protectionCases)
      .set({
        retentionHoldUntil: input.keepUntil!,
        retentionHoldReason: input.reason,
        updatedBy: ctx.actor.userId,
        updatedAt: ctx.now,
        version: sql`${protectionCases.version} + 1`,
      })
      .where(eq(protectionCases.id, id));
    await recordChange(ctx, 'update', 'protection_case', id, {
      retainedUntil: input.keepUntil,
      reason: input.reason,
    });
  } else {
    await ctx.tx.execute(
      sql`select veza_erase_protection_case(${id}::uuid, ${ctx.now.toISOString()}::timestamptz)`,
    );
    await recordChange(ctx, 'update', 'protection_case', id, { erased: true, reason: input.reason });
  }
  return present(ctx, (await loadCase(ctx, id))!);
}

/** All the case holds on the person, every assessment and plan included, for their own request. */
export async function personalDataExport(ctx: ActorContext, id: string): Promise<Record<string, unknown>> {
  mustHave(ctx.actor, 'readProtectionCases');
  const row = await openRecord(ctx, protectionPolicy, await loadCase(ctx, id), 'Protection case', {
    recordType: 'protection_case_export',
    recordId: id,
    purpose: "the person's request for their data",
  });
  const [view, assessments, plans] = await Promise.all([
    present(ctx, row),
    ctx.tx.select().from(protectionAssessments).where(eq(protectionAssessments.caseId, id)),
    ctx.tx.select().from(protectionPlans).where(eq(protectionPlans.caseId, id)),
  ]);
  const { allowedActions: _, version: __, ...data } = view;
  return {
    exportedAt: ctx.now.toISOString(),
    case: data,
    assessments: assessments.map((a) => ({ form: a.form, assessedOn: a.assessedOn, needs: a.needs })),
    plans: plans.map((p) => ({ goals: p.goals, status: p.status, recordedAt: p.recordedAt.toISOString() })),
  };
}
