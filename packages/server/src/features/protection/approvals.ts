/**
 * Supervisors' approvals: a caseworker's reasonable-grounds decision, case plan and closure wait
 * for the case's supervisor, or, where the case has none, the jurisdiction's coordinators, who are
 * told; the approver approves (the decision takes effect as proposed) or rejects it with a
 * comment (nothing changes); the caseworker is told either way. One decision of a kind waits at a
 * time, and nobody approves their own.
 */
import { type ApprovalKind, mayDecideApproval } from '@veza/core';
import { and, eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { protectionApprovals, protectionPlans } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { notifyOnCase, usersWithRole } from './notify.ts';
import type { ApprovalDecision, ProtectionCaseView } from './schema.ts';
import {
  applyClosure,
  applyReasonableGrounds,
  type CaseRow,
  caseFor,
  change,
  loadCase,
  present,
} from './service.ts';

/** Who approves the case's decisions: its supervisor, else the jurisdiction's coordinators. */
async function approversOf(ctx: ActorContext, row: CaseRow): Promise<string[]> {
  return row.supervisorId ? [row.supervisorId] : usersWithRole(ctx, 'coordinator');
}

/** Records the decision as waiting for approval (the case's version moves on) and tells the approvers. */
export async function requestApproval(
  ctx: ActorContext,
  row: CaseRow,
  version: number,
  kind: ApprovalKind,
  proposal: Record<string, unknown>,
): Promise<CaseRow> {
  const [waiting] = await ctx.tx
    .select({ id: protectionApprovals.id })
    .from(protectionApprovals)
    .where(
      and(
        eq(protectionApprovals.caseId, row.id),
        eq(protectionApprovals.kind, kind),
        eq(protectionApprovals.status, 'pending'),
      ),
    );
  if (waiting)
    throw new AppError('conflict', `a ${kind.replace('_', ' ')} decision already waits for approval`, {
      field: 'kind',
    });
  const updated = await change(ctx, row, version, {});
  const [approval] = await ctx.tx
    .insert(protectionApprovals)
    .values({
      caseId: row.id,
      jurisdiction: row.jurisdiction,
      kind,
      proposal,
      requestedBy: ctx.actor.userId,
      requestedAt: ctx.now,
    })
    .returning({ id: protectionApprovals.id });
  await recordChange(ctx, 'create', 'protection_approval', approval!.id, { caseId: row.id, kind });
  await notifyOnCase(
    ctx,
    row.id,
    await approversOf(ctx, row),
    'protection_approval_requested',
    `approval:${approval!.id}:requested`,
  );
  return updated;
}

/**
 * An approver who takes the decision themselves settles any proposal of that kind still waiting:
 * it is rejected as superseded, and whoever proposed it is told.
 */
export async function supersedeWaiting(ctx: ActorContext, caseId: string, kind: ApprovalKind): Promise<void> {
  const settled = await ctx.tx
    .update(protectionApprovals)
    .set({
      status: 'rejected',
      decidedBy: ctx.actor.userId,
      decidedAt: ctx.now,
      comment: 'superseded by the approver’s own decision',
    })
    .where(
      and(
        eq(protectionApprovals.caseId, caseId),
        eq(protectionApprovals.kind, kind),
        eq(protectionApprovals.status, 'pending'),
      ),
    )
    .returning({ id: protectionApprovals.id, requestedBy: protectionApprovals.requestedBy });
  for (const a of settled) {
    await recordChange(ctx, 'update', 'protection_approval', a.id, { caseId, kind, decision: 'superseded' });
    await notifyOnCase(
      ctx,
      caseId,
      [a.requestedBy],
      'protection_approval_rejected',
      `approval:${a.id}:rejected`,
    );
  }
}

export async function decideApproval(
  ctx: ActorContext,
  caseId: string,
  approvalId: string,
  input: ApprovalDecision,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, caseId, 'approve');
  const [approval] = await ctx.tx
    .select()
    .from(protectionApprovals)
    .where(and(eq(protectionApprovals.id, approvalId), eq(protectionApprovals.caseId, caseId)));
  if (!approval) throw notFound('Approval');
  const check = mayDecideApproval(
    { status: approval.status as 'pending', requestedBy: approval.requestedBy },
    ctx.actor.userId,
  );
  if (!check.ok)
    throw check.reason === 'decided'
      ? new AppError('conflict', `this approval was already ${approval.status}`)
      : new AppError('forbidden', 'a decision is approved by someone other than who proposed it');
  await ctx.tx
    .update(protectionApprovals)
    .set({
      status: input.decision,
      decidedBy: ctx.actor.userId,
      decidedAt: ctx.now,
      comment: input.comment ?? null,
    })
    .where(eq(protectionApprovals.id, approvalId));
  const proposal = approval.proposal as Record<string, string>;
  if (approval.kind === 'case_plan')
    await ctx.tx
      .update(protectionPlans)
      .set({ status: input.decision })
      .where(eq(protectionPlans.id, proposal.planId!));
  if (input.decision === 'approved') {
    if (approval.kind === 'reasonable_grounds')
      await applyReasonableGrounds(ctx, row, row.version, {
        decision: proposal.decision!,
        decidedOn: proposal.decidedOn!,
        reasons: proposal.reasons!,
      });
    if (approval.kind === 'closure')
      await applyClosure(ctx, row, {
        outcome: proposal.outcome!,
        reason: proposal.reason!,
        closedOn: proposal.closedOn!,
      });
  }
  await recordChange(ctx, 'update', 'protection_approval', approvalId, {
    caseId,
    kind: approval.kind,
    decision: input.decision,
  });
  await notifyOnCase(
    ctx,
    caseId,
    [approval.requestedBy],
    `protection_approval_${input.decision}`,
    `approval:${approvalId}:${input.decision}`,
  );
  return present(ctx, (await loadCase(ctx, caseId))!);
}
