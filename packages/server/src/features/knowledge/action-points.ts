/**
 * Action points: set at a meeting (from one of its decisions) or in an action plan, owned by a
 * contact point of the directory, due on a date; the owner's agency records progress and closes
 * them with their result. The follow-up page counts them per jurisdiction and per owner.
 */
import {
  type ActionStatus,
  actionStanding,
  followUpCounts,
  type Jurisdiction,
  regionToday,
} from '@veza/core';
import type {
  ActionPointDetail,
  ActionPointInput,
  ActionPointUpdate,
  ActionPointView,
  FollowUpQuery,
  FollowUpView,
  ProgressInput,
} from '@veza/core/api/knowledge';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actorNames } from '../../access/actors.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import {
  type ActionPointAction,
  type ActionPointRecord,
  actionPointPolicy,
  meetingPolicy,
  planPolicy,
  visibleActionPoints,
} from '../../access/policies/knowledge.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import { actionPlans, actionPoints, actionProgress, meetingDecisions, meetings } from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { directoryPeople } from '../directory/index.ts';

type ActionRow = typeof actionPoints.$inferSelect;
const ACTIONS: readonly ActionPointAction[] = ['read', 'progress', 'update', 'delete'];

export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

async function loadAction(ctx: ActorContext, id: string, action: ActionPointAction): Promise<ActionRow> {
  const [row] = await ctx.tx.select().from(actionPoints).where(eq(actionPoints.id, id));
  return authorize(
    actionPointPolicy,
    ctx.actor,
    action,
    row as (ActionRow & ActionPointRecord) | undefined,
    'Action point',
  );
}

/** Where an action point belongs (its meeting, its plan) and who may therefore see it. */
async function placeOf(
  ctx: ActorContext,
  meetingId: string | null,
  planId: string | null,
  decisionId: string | null,
) {
  const visibleTo: string[] = [];
  if (meetingId) {
    const [m] = await ctx.tx.select().from(meetings).where(eq(meetings.id, meetingId));
    if (!m || !meetingPolicy.sees(ctx.actor, m))
      throw new AppError('validation', 'no such meeting', { field: 'meetingId' });
    authorize(meetingPolicy, ctx.actor, 'add_action', m, 'Meeting');
    visibleTo.push(...m.visibleTo);
  }
  if (decisionId) {
    if (!meetingId)
      throw new AppError('validation', 'a decision belongs to a meeting: name the meeting', {
        field: 'decisionId',
      });
    const [d] = await ctx.tx
      .select({ id: meetingDecisions.id })
      .from(meetingDecisions)
      .where(and(eq(meetingDecisions.id, decisionId), eq(meetingDecisions.meetingId, meetingId)));
    if (!d) throw new AppError('validation', 'no such decision in this meeting', { field: 'decisionId' });
  }
  if (planId) {
    const [p] = await ctx.tx.select().from(actionPlans).where(eq(actionPlans.id, planId));
    if (!p || !planPolicy.sees(ctx.actor, p))
      throw new AppError('validation', 'no such action plan', { field: 'planId' });
    authorize(planPolicy, ctx.actor, 'add_action', p, 'Action plan');
    visibleTo.push(...p.visibleTo);
  }
  if (!meetingId && !planId) mustHave(ctx.actor, 'organiseMeetings');
  return visibleTo;
}

export async function createActionPoint(
  ctx: ActorContext,
  input: ActionPointInput,
): Promise<ActionPointDetail> {
  const placeVisible = await placeOf(ctx, input.meetingId, input.planId, input.decisionId);
  const owner = (await directoryPeople(ctx, [input.ownerContactPointId], 'ownerContactPointId')).get(
    input.ownerContactPointId,
  )!;
  const jurisdictions = unique(input.jurisdictions);
  const [row] = await ctx.tx
    .insert(actionPoints)
    .values({
      jurisdiction: owner.jurisdiction,
      meetingId: input.meetingId,
      decisionId: input.decisionId,
      planId: input.planId,
      title: input.title,
      description: input.description,
      ownerContactPointId: owner.contactPointId,
      ownerName: owner.name,
      ownerAgencyId: owner.agencyId,
      ownerAgencyName: owner.agencyName,
      jurisdictions,
      visibleTo: unique([ctx.actor.jurisdiction, owner.jurisdiction, ...jurisdictions, ...placeVisible]),
      dueOn: input.dueOn,
      setBy: ctx.actor.userId,
      setByAgencyId: ctx.actor.agencyId,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await recordChange(ctx, 'create', 'action_point', row!.id, {
    meetingId: input.meetingId,
    planId: input.planId,
    owner: owner.contactPointId,
    dueOn: input.dueOn,
  });
  return getActionPoint(ctx, row!.id);
}

export async function updateActionPoint(
  ctx: ActorContext,
  id: string,
  input: ActionPointUpdate,
): Promise<ActionPointDetail> {
  const current = await loadAction(ctx, id, 'update');
  const changes: Partial<typeof actionPoints.$inferInsert> = {};
  const visible = new Set(current.visibleTo);
  if (input.title !== undefined) changes.title = input.title;
  if (input.description !== undefined) changes.description = input.description;
  if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
  if (input.jurisdictions !== undefined) {
    changes.jurisdictions = unique(input.jurisdictions);
    for (const j of changes.jurisdictions) visible.add(j);
  }
  if (input.ownerContactPointId !== undefined) {
    const owner = (await directoryPeople(ctx, [input.ownerContactPointId], 'ownerContactPointId')).get(
      input.ownerContactPointId,
    )!;
    Object.assign(changes, {
      jurisdiction: owner.jurisdiction,
      ownerContactPointId: owner.contactPointId,
      ownerName: owner.name,
      ownerAgencyId: owner.agencyId,
      ownerAgencyName: owner.agencyName,
    });
    visible.add(owner.jurisdiction);
  }
  if (input.planId !== undefined && input.planId !== current.planId) {
    for (const j of await placeOf(ctx, current.meetingId, input.planId, null)) visible.add(j);
    changes.planId = input.planId;
  }
  if (input.decisionId !== undefined && input.decisionId !== current.decisionId) {
    await placeOf(ctx, current.meetingId, null, input.decisionId);
    changes.decisionId = input.decisionId;
  }
  const [row] = await ctx.tx
    .update(actionPoints)
    .set({ ...changes, visibleTo: [...visible], ...changeStamp(ctx, current) })
    .where(atVersion(actionPoints, id, input.version))
    .returning({ id: actionPoints.id });
  if (!row) throw staleVersion('action point');
  await recordChange(ctx, 'update', 'action_point', id, { fields: Object.keys(changes) });
  return getActionPoint(ctx, id);
}

/** A progress note, a change of status, or both; closing as done needs the result. */
export async function recordProgress(
  ctx: ActorContext,
  id: string,
  input: ProgressInput,
): Promise<ActionPointDetail> {
  const current = await loadAction(ctx, id, 'progress');
  const statusTo = input.status && input.status !== current.status ? input.status : null;
  const result = input.result ?? current.result;
  if (!input.note && !statusTo && input.result === undefined)
    throw new AppError('validation', 'write a note, change the status or give the result', { field: 'note' });
  if (statusTo === 'done' && !result.trim())
    throw new AppError('validation', 'say what came of it before closing it as done', { field: 'result' });
  const closed = statusTo === 'done' || statusTo === 'cancelled';
  const [row] = await ctx.tx
    .update(actionPoints)
    .set({
      ...(statusTo ? { status: statusTo, doneAt: closed ? ctx.now : null } : {}),
      result,
      ...changeStamp(ctx, current),
    })
    .where(atVersion(actionPoints, id, input.version))
    .returning({ id: actionPoints.id });
  if (!row) throw staleVersion('action point');
  const names = await actorNames(ctx);
  await ctx.tx.insert(actionProgress).values({
    actionPointId: id,
    jurisdiction: ctx.actor.jurisdiction,
    at: ctx.now,
    byId: ctx.actor.userId,
    byName: names.name,
    byAgency: names.agency,
    note: input.note,
    statusFrom: statusTo ? current.status : null,
    statusTo,
  });
  await recordChange(ctx, 'update', 'action_point', id, {
    progress: true,
    ...(statusTo ? { status: statusTo } : {}),
  });
  return getActionPoint(ctx, id);
}

export async function deleteActionPoint(ctx: ActorContext, id: string, version: number): Promise<void> {
  await loadAction(ctx, id, 'delete');
  const deleted = await ctx.tx
    .delete(actionPoints)
    .where(atVersion(actionPoints, id, version))
    .returning({ id: actionPoints.id });
  if (deleted.length === 0) throw staleVersion('action point');
  await recordChange(ctx, 'delete', 'action_point', id);
}

/** Action points as listed: with their meeting's and plan's titles and their decision's number. */
export async function actionPointViews(
  ctx: ActorContext,
  where: SQL | undefined,
): Promise<ActionPointView[]> {
  const rows = await ctx.tx
    .select({
      a: actionPoints,
      meetingTitle: meetings.title,
      planTitle: actionPlans.title,
      decisionPosition: meetingDecisions.position,
    })
    .from(actionPoints)
    .leftJoin(meetings, eq(meetings.id, actionPoints.meetingId))
    .leftJoin(actionPlans, eq(actionPlans.id, actionPoints.planId))
    .leftJoin(meetingDecisions, eq(meetingDecisions.id, actionPoints.decisionId))
    .where(and(visibleActionPoints(ctx.actor), where))
    .orderBy(asc(actionPoints.dueOn), asc(actionPoints.title), asc(actionPoints.id));
  const today = regionToday(ctx.now);
  return rows.map(({ a, meetingTitle, planTitle, decisionPosition }) => ({
    id: a.id,
    title: a.title,
    description: a.description,
    owner: {
      contactPointId: a.ownerContactPointId,
      name: a.ownerName,
      agency: a.ownerAgencyName,
      jurisdiction: a.jurisdiction as Jurisdiction,
    },
    jurisdictions: a.jurisdictions as Jurisdiction[],
    dueOn: a.dueOn,
    status: a.status as ActionStatus,
    standing: actionStanding(a.status as ActionStatus, a.dueOn, today),
    result: a.result,
    doneAt: a.doneAt?.toISOString() ?? null,
    meeting: a.meetingId && meetingTitle !== null ? { id: a.meetingId, title: meetingTitle } : null,
    decision:
      a.decisionId && decisionPosition !== null ? { id: a.decisionId, position: decisionPosition } : null,
    plan: a.planId && planTitle !== null ? { id: a.planId, title: planTitle } : null,
    version: a.version,
    allowedActions: allowedActions(actionPointPolicy, ctx.actor, a as ActionRow & ActionPointRecord, ACTIONS),
  }));
}

export async function getActionPoint(ctx: ActorContext, id: string): Promise<ActionPointDetail> {
  await loadAction(ctx, id, 'read');
  const [view] = await actionPointViews(ctx, eq(actionPoints.id, id));
  const progress = await ctx.tx
    .select()
    .from(actionProgress)
    .where(eq(actionProgress.actionPointId, id))
    .orderBy(asc(actionProgress.at));
  return {
    ...view!,
    progress: progress.map((p) => ({
      id: p.id,
      at: p.at.toISOString(),
      by: p.byName,
      agency: p.byAgency,
      note: p.note,
      statusFrom: (p.statusFrom as ActionStatus | null) ?? null,
      statusTo: (p.statusTo as ActionStatus | null) ?? null,
    })),
  };
}

/**
 * The follow-up: the action points the user's jurisdiction takes part in, narrowed to a
 * jurisdiction (the owner's or a participating one), an owner, a plan or a meeting; counted in all,
 * per jurisdiction and per owner; listed with their standing today.
 */
export async function followUp(ctx: ActorContext, query: FollowUpQuery): Promise<FollowUpView> {
  const conditions: SQL[] = [];
  if (query.jurisdiction)
    conditions.push(
      sql`(${actionPoints.jurisdiction} = ${query.jurisdiction} or ${query.jurisdiction} = any(${actionPoints.jurisdictions}))`,
    );
  if (query.owner) conditions.push(eq(actionPoints.ownerContactPointId, query.owner));
  if (query.planId) conditions.push(eq(actionPoints.planId, query.planId));
  if (query.meetingId) conditions.push(eq(actionPoints.meetingId, query.meetingId));
  if (query.mine) conditions.push(eq(actionPoints.ownerAgencyId, ctx.actor.agencyId));
  const all = await actionPointViews(ctx, conditions.length ? and(...conditions) : undefined);
  const today = regionToday(ctx.now);
  const byJurisdiction = new Map<Jurisdiction, ActionPointView[]>();
  const byOwner = new Map<string, ActionPointView[]>();
  for (const a of all) {
    for (const j of unique([a.owner.jurisdiction, ...a.jurisdictions])) {
      if (query.jurisdiction && j !== query.jurisdiction) continue;
      byJurisdiction.set(j, [...(byJurisdiction.get(j) ?? []), a]);
    }
    const key = a.owner.contactPointId ?? `${a.owner.name}|${a.owner.agency}`;
    byOwner.set(key, [...(byOwner.get(key) ?? []), a]);
  }
  return {
    today,
    counts: followUpCounts(all, today),
    byJurisdiction: [...byJurisdiction]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([jurisdiction, points]) => ({ jurisdiction, counts: followUpCounts(points, today) })),
    byOwner: [...byOwner.values()]
      .map((points) => ({ owner: points[0]!.owner, counts: followUpCounts(points, today) }))
      .sort((a, b) => b.counts.overdue - a.counts.overdue || a.owner.name.localeCompare(b.owner.name)),
    items: query.standing ? all.filter((a) => a.standing === query.standing) : all,
  };
}
