/**
 * Action plans, after EMPACT's operational actions: a plan per year or per theme, with a leader
 * from the directory and participating jurisdictions, groups action points and the meetings that
 * serve it; its counts say how far it has come.
 */
import { followUpCounts, type Jurisdiction, regionToday } from '@veza/core';
import type { PlanInput, PlanSummary, PlanView } from '@veza/core/api/knowledge';
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import {
  type PlanAction,
  type PlanRecord,
  planPolicy,
  visibleActionPoints,
  visibleMeetings,
  visiblePlans,
} from '../../access/policies/knowledge.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import { actionPlans, actionPoints, meetings } from '../../db/schema.ts';
import { staleVersion } from '../../errors.ts';
import { directoryPeople } from '../directory/index.ts';
import { actionPointViews, unique } from './action-points.ts';
import { rendered } from './markdown.ts';
import type { PlanUpdate } from './schema.ts';

type PlanRow = typeof actionPlans.$inferSelect;
const ACTIONS: readonly PlanAction[] = ['read', 'update', 'add_action'];

async function loadPlan(ctx: ActorContext, id: string, action: PlanAction): Promise<PlanRow> {
  const [row] = await ctx.tx.select().from(actionPlans).where(eq(actionPlans.id, id));
  return authorize(planPolicy, ctx.actor, action, row as (PlanRow & PlanRecord) | undefined, 'Action plan');
}

async function leaderOf(ctx: ActorContext, contactPointId: string) {
  const leader = (await directoryPeople(ctx, [contactPointId], 'leaderContactPointId')).get(contactPointId)!;
  return {
    leaderContactPointId: leader.contactPointId,
    leaderName: leader.name,
    leaderAgencyName: leader.agencyName,
    leaderAgencyId: leader.agencyId,
    leaderJurisdiction: leader.jurisdiction,
  };
}

export async function createPlan(ctx: ActorContext, input: PlanInput): Promise<PlanView> {
  mustHave(ctx.actor, 'leadActionPlans');
  const leader = await leaderOf(ctx, input.leaderContactPointId);
  const jurisdictions = unique(input.jurisdictions);
  const [row] = await ctx.tx
    .insert(actionPlans)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      agencyId: ctx.actor.agencyId,
      title: input.title,
      year: input.year,
      theme: input.theme,
      ...leader,
      jurisdictions,
      visibleTo: unique([ctx.actor.jurisdiction, leader.leaderJurisdiction, ...jurisdictions]),
      description: input.description,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: actionPlans.id });
  await recordChange(ctx, 'create', 'action_plan', row!.id, { year: input.year, theme: input.theme });
  return getPlan(ctx, row!.id);
}

export async function updatePlan(
  ctx: ActorContext,
  id: string,
  input: z.infer<typeof PlanUpdate>,
): Promise<PlanView> {
  const current = await loadPlan(ctx, id, 'update');
  const leader = input.leaderContactPointId ? await leaderOf(ctx, input.leaderContactPointId) : null;
  const jurisdictions = input.jurisdictions ? unique(input.jurisdictions) : current.jurisdictions;
  const [row] = await ctx.tx
    .update(actionPlans)
    .set({
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.year !== undefined ? { year: input.year } : {}),
      ...(input.theme !== undefined ? { theme: input.theme } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(leader ?? {}),
      jurisdictions,
      visibleTo: unique([
        ...current.visibleTo,
        leader?.leaderJurisdiction ?? current.leaderJurisdiction,
        ...jurisdictions,
      ]),
      ...changeStamp(ctx, current),
    })
    .where(atVersion(actionPlans, id, input.version))
    .returning({ id: actionPlans.id });
  if (!row) throw staleVersion('action plan');
  await recordChange(ctx, 'update', 'action_plan', id, {
    fields: Object.keys(input).filter((k) => k !== 'version'),
  });
  return getPlan(ctx, id);
}

function summaryOf(row: PlanRow, points: { status: string; dueOn: string }[], today: string): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    year: row.year,
    theme: row.theme,
    leader: {
      contactPointId: row.leaderContactPointId,
      name: row.leaderName,
      agency: row.leaderAgencyName,
      jurisdiction: row.leaderJurisdiction as Jurisdiction,
    },
    jurisdictions: row.visibleTo as Jurisdiction[],
    counts: followUpCounts(points as Parameters<typeof followUpCounts>[0], today),
  };
}

export async function getPlan(ctx: ActorContext, id: string): Promise<PlanView> {
  const row = await loadPlan(ctx, id, 'read');
  const points = await actionPointViews(ctx, eq(actionPoints.planId, id));
  const planMeetings = await ctx.tx
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.planId, id), visibleMeetings(ctx.actor)))
    .orderBy(asc(meetings.startsAt));
  return {
    ...summaryOf(row, points, regionToday(ctx.now)),
    description: rendered(row.description),
    actionPoints: points,
    meetings: planMeetings.map((m) => ({ ...m, startsAt: m.startsAt.toISOString() })),
    version: row.version,
    allowedActions: allowedActions(planPolicy, ctx.actor, row as PlanRow & PlanRecord, ACTIONS),
  };
}

export async function listPlans(ctx: ActorContext): Promise<PlanSummary[]> {
  const rows = await ctx.tx
    .select()
    .from(actionPlans)
    .where(visiblePlans(ctx.actor))
    .orderBy(desc(actionPlans.year), asc(actionPlans.title));
  const points = await ctx.tx
    .select({ planId: actionPoints.planId, status: actionPoints.status, dueOn: actionPoints.dueOn })
    .from(actionPoints)
    .where(and(visibleActionPoints(ctx.actor), isNotNull(actionPoints.planId)));
  const today = regionToday(ctx.now);
  return rows.map((r) =>
    summaryOf(
      r,
      points.filter((p) => p.planId === r.id),
      today,
    ),
  );
}
