/**
 * The matching model page of a jurisdiction's coordinators: the version in use with each field's
 * levels and weights, what the last decisions changed, every version; bringing an earlier version
 * back (which pauses learning, so that the decisions that led away from it do not come straight
 * back), and pausing or resuming learning. The duplicate search runs again after each change, so
 * that the open suggestions are scored by the model in use.
 */
import { readCalibration } from '@veza/core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { matchingModels, users } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { activeModel, decidedLabels, type FieldWeights, REGION, recordVersion } from './model.ts';
import type { MatchingModelView } from './schema.ts';

function mustManage(ctx: ActorContext) {
  mustHave(ctx.actor, 'manageMatchingModel');
}

export async function getMatchingModel(ctx: ActorContext): Promise<MatchingModelView> {
  mustManage(ctx);
  const scope = ctx.actor.jurisdiction;
  const rows = await ctx.tx
    .select()
    .from(matchingModels)
    .where(eq(matchingModels.scope, scope))
    .orderBy(desc(matchingModels.version));
  const changers = [...new Set(rows.flatMap((r) => (r.changedBy ? [r.changedBy] : [])))];
  const names = new Map(
    changers.length
      ? (
          await ctx.tx
            .select({ id: users.id, username: users.username })
            .from(users)
            .where(inArray(users.id, changers))
        ).map((u) => [u.id, u.username])
      : [],
  );
  const numberOf = new Map(rows.map((r) => [r.id, r.version]));
  const versions = rows.map((r) => ({
    id: r.id,
    version: r.version,
    active: r.active,
    reason: r.reason as 'learnt' | 'restored',
    restoredFrom: r.restoredFrom ? (numberOf.get(r.restoredFrom) ?? null) : null,
    learningPaused: r.learningPaused,
    sameDecisions: r.sameDecisions,
    differentDecisions: r.differentDecisions,
    records: r.records,
    estimatedAt: r.estimatedAt.toISOString(),
    changedBy: r.changedBy ? (names.get(r.changedBy) ?? null) : null,
  }));
  const activeRow = rows.find((r) => r.active);
  const active = versions.find((v) => v.active);
  const previousRow = activeRow ? rows.find((r) => r.version < activeRow.version) : undefined;
  const decided = await decidedLabels(ctx.tx, scope);
  const region = await activeModel(ctx.tx, REGION);
  return {
    region: region
      ? {
          version: region.version,
          estimatedAt: region.estimatedAt.toISOString(),
          sameDecisions: region.sameDecisions,
          differentDecisions: region.differentDecisions,
          records: region.records,
          calibration: readCalibration(region.calibration),
        }
      : null,
    active:
      active && activeRow
        ? {
            ...active,
            fields: activeRow.weights as FieldWeights[],
            calibration: readCalibration(activeRow.calibration),
          }
        : null,
    previous: previousRow
      ? { version: previousRow.version, fields: previousRow.weights as FieldWeights[] }
      : null,
    versions,
    waiting: {
      same: Math.max(0, decided.matches - (active?.sameDecisions ?? 0)),
      different: Math.max(0, decided.nonMatches - (active?.differentDecisions ?? 0)),
    },
  };
}

/** Brings an earlier version back as a new version, with learning paused. */
export async function restoreVersion(ctx: ActorContext, id: string): Promise<void> {
  mustManage(ctx);
  const scope = ctx.actor.jurisdiction;
  const [target] = await ctx.tx
    .select()
    .from(matchingModels)
    .where(and(eq(matchingModels.id, id), eq(matchingModels.scope, scope)));
  if (!target) throw new AppError('not_found', 'no such version of the matching model');
  if (target.active) throw new AppError('conflict', 'this version is the one in use');
  await recordVersion(
    ctx.tx,
    ctx.now,
    {
      scope,
      reason: 'restored',
      restoredFrom: target.id,
      learningPaused: true,
      labels: target.labels,
      sameDecisions: target.sameDecisions,
      differentDecisions: target.differentDecisions,
      weights: target.weights,
      calibration: target.calibration,
      records: target.records,
      changedBy: ctx.actor.userId,
    },
    ctx.actor,
    ctx.address,
  );
  ctx.changes.records.add(scope);
}

/** Pauses learning (decisions are kept, not learnt from) or resumes it (the next search learns). */
export async function setLearning(ctx: ActorContext, paused: boolean): Promise<void> {
  mustManage(ctx);
  const scope = ctx.actor.jurisdiction;
  const active = await activeModel(ctx.tx, scope);
  if (!active)
    throw new AppError('conflict', 'there is no matching model yet: it comes with the first search');
  if (active.learningPaused === paused) return;
  await ctx.tx.update(matchingModels).set({ learningPaused: paused }).where(eq(matchingModels.id, active.id));
  await recordChange(ctx, 'settings', 'matching_model', active.id, {
    version: active.version,
    learningPaused: paused,
  });
  ctx.changes.records.add(scope);
}
