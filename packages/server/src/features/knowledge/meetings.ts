/**
 * Meetings of the region: planned with an agenda and participants from the directory (invited,
 * confirmed, declined, attended), held, and closed with minutes that the organiser's agency drafts
 * and the organiser approves; approved minutes and their decisions no longer change. Their action
 * points are in action-points.ts.
 */
import type { Jurisdiction, MeetingStatus, MinutesStatus, Participation } from '@veza/core';
import type {
  MeetingInput,
  MeetingQuery,
  MeetingSummary,
  MeetingUpdate,
  MeetingView,
} from '@veza/core/api/knowledge';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorContext } from '../../access/actor.ts';
import { actorNames } from '../../access/actors.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import {
  type MeetingAction,
  type MeetingRecord,
  meetingPolicy,
  planPolicy,
  visibleMeetings,
} from '../../access/policies/knowledge.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import {
  actionPlans,
  actionPoints,
  knowledgeFiles,
  meetingDecisions,
  meetingParticipants,
  meetings,
} from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { directoryPeople } from '../directory/index.ts';
import { actionPointViews, unique } from './action-points.ts';
import { rendered } from './markdown.ts';
import type { ParticipantInput } from './schema.ts';

type MeetingRow = typeof meetings.$inferSelect;
type Participant = z.infer<typeof ParticipantInput>;
const ACTIONS: readonly MeetingAction[] = [
  'read',
  'update',
  'minutes',
  'approve_minutes',
  'add_action',
  'attach',
];

export async function loadMeeting(ctx: ActorContext, id: string, action: MeetingAction): Promise<MeetingRow> {
  const [row] = await ctx.tx.select().from(meetings).where(eq(meetings.id, id));
  return authorize(
    meetingPolicy,
    ctx.actor,
    action,
    row as (MeetingRow & MeetingRecord) | undefined,
    'Meeting',
  );
}

async function checkPlan(ctx: ActorContext, planId: string | null | undefined) {
  if (!planId) return;
  const [p] = await ctx.tx.select().from(actionPlans).where(eq(actionPlans.id, planId));
  if (!p || !planPolicy.sees(ctx.actor, p))
    throw new AppError('validation', 'no such action plan', { field: 'planId' });
}

function checkTimes(startsAt: string | Date, endsAt: string | Date | null) {
  if (endsAt && new Date(endsAt) < new Date(startsAt))
    throw new AppError('validation', 'the meeting cannot end before it starts', { field: 'endsAt' });
}

/** Writes the participants (the directory's people as they are now) and widens who sees the meeting. */
async function writeParticipants(
  ctx: ActorContext,
  meeting: MeetingRow,
  participants: readonly Participant[],
) {
  const ids = participants.map((p) => p.contactPointId);
  if (new Set(ids).size !== ids.length)
    throw new AppError('validation', 'a participant is listed twice', { field: 'participants' });
  const people = await directoryPeople(ctx, ids, 'participants');
  await ctx.tx.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, meeting.id));
  if (participants.length)
    await ctx.tx.insert(meetingParticipants).values(
      participants.map((p) => {
        const person = people.get(p.contactPointId)!;
        return {
          meetingId: meeting.id,
          contactPointId: p.contactPointId,
          agencyId: person.agencyId,
          jurisdiction: person.jurisdiction,
          name: person.name,
          function: person.function,
          agencyName: person.agencyName,
          status: p.status,
        };
      }),
    );
  return unique([...people.values()].map((p) => p.jurisdiction));
}

const visibleToOf = (organiser: string, jurisdictions: readonly string[], participants: readonly string[]) =>
  unique([organiser, ...jurisdictions, ...participants]);

/** The meeting's action points see at least who sees the meeting. */
async function widenActionPoints(ctx: ActorContext, meetingId: string, visibleTo: readonly string[]) {
  await ctx.tx
    .update(actionPoints)
    .set({
      visibleTo: sql`array(select distinct j from unnest(${actionPoints.visibleTo} || ${sql.param([...visibleTo])}::text[]) j order by j)`,
    })
    .where(eq(actionPoints.meetingId, meetingId));
}

export async function createMeeting(ctx: ActorContext, input: MeetingInput): Promise<MeetingView> {
  mustHave(ctx.actor, 'organiseMeetings');
  checkTimes(input.startsAt, input.endsAt);
  await checkPlan(ctx, input.planId);
  const names = await actorNames(ctx);
  const jurisdictions = unique(input.jurisdictions);
  const [row] = await ctx.tx
    .insert(meetings)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      organiserId: ctx.actor.userId,
      organiserName: names.name,
      organiserAgencyId: ctx.actor.agencyId,
      organiserAgencyName: names.agency,
      title: input.title,
      startsAt: new Date(input.startsAt),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
      place: input.place,
      agenda: input.agenda,
      jurisdictions,
      visibleTo: visibleToOf(ctx.actor.jurisdiction, jurisdictions, []),
      planId: input.planId,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  const participantJurisdictions = await writeParticipants(ctx, row!, input.participants);
  await ctx.tx
    .update(meetings)
    .set({ visibleTo: visibleToOf(ctx.actor.jurisdiction, jurisdictions, participantJurisdictions) })
    .where(eq(meetings.id, row!.id));
  await recordChange(ctx, 'create', 'meeting', row!.id, { participants: input.participants.length });
  return getMeeting(ctx, row!.id);
}

async function participantJurisdictionsOf(ctx: ActorContext, meetingId: string) {
  const rows = await ctx.tx
    .select({ j: meetingParticipants.jurisdiction })
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, meetingId));
  return unique(rows.map((r) => r.j));
}

export async function updateMeeting(
  ctx: ActorContext,
  id: string,
  input: MeetingUpdate,
): Promise<MeetingView> {
  const current = await loadMeeting(ctx, id, 'update');
  checkTimes(input.startsAt ?? current.startsAt, input.endsAt === undefined ? current.endsAt : input.endsAt);
  if (input.planId !== undefined) await checkPlan(ctx, input.planId);
  const jurisdictions = input.jurisdictions ? unique(input.jurisdictions) : current.jurisdictions;
  const visibleTo = visibleToOf(
    current.jurisdiction,
    jurisdictions,
    await participantJurisdictionsOf(ctx, id),
  );
  const fields = Object.keys(input).filter((k) => k !== 'version');
  const [row] = await ctx.tx
    .update(meetings)
    .set({
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.startsAt !== undefined ? { startsAt: new Date(input.startsAt) } : {}),
      ...(input.endsAt !== undefined ? { endsAt: input.endsAt ? new Date(input.endsAt) : null } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.planId !== undefined ? { planId: input.planId } : {}),
      jurisdictions,
      visibleTo,
      ...changeStamp(ctx, current),
    })
    .where(atVersion(meetings, id, input.version))
    .returning({ id: meetings.id });
  if (!row) throw staleVersion('meeting');
  await widenActionPoints(ctx, id, visibleTo);
  await recordChange(ctx, 'update', 'meeting', id, { fields });
  return getMeeting(ctx, id);
}

export async function setParticipants(
  ctx: ActorContext,
  id: string,
  participants: readonly Participant[],
  version: number,
): Promise<MeetingView> {
  const current = await loadMeeting(ctx, id, 'update');
  const participantJurisdictions = await writeParticipants(ctx, current, participants);
  const visibleTo = visibleToOf(current.jurisdiction, current.jurisdictions, participantJurisdictions);
  const [row] = await ctx.tx
    .update(meetings)
    .set({ visibleTo, ...changeStamp(ctx, current) })
    .where(atVersion(meetings, id, version))
    .returning({ id: meetings.id });
  if (!row) throw staleVersion('meeting');
  await widenActionPoints(ctx, id, visibleTo);
  await recordChange(ctx, 'update', 'meeting', id, { participants: participants.length });
  return getMeeting(ctx, id);
}

/** A participant's answer (confirmed, declined), given by their own agency; attendance is the organiser's to record. */
export async function answerInvitation(
  ctx: ActorContext,
  id: string,
  contactPointId: string,
  status: Participation,
): Promise<MeetingView> {
  const meeting = await loadMeeting(ctx, id, 'read');
  const [participant] = await ctx.tx
    .select()
    .from(meetingParticipants)
    .where(
      and(eq(meetingParticipants.meetingId, id), eq(meetingParticipants.contactPointId, contactPointId)),
    );
  if (!participant) throw new AppError('not_found', 'Participant not found');
  const organiser = meetingPolicy.may.update?.(ctx.actor, meeting as MeetingRow & MeetingRecord) ?? false;
  if (!organiser) {
    if (participant.agencyId !== ctx.actor.agencyId)
      throw new AppError(
        'forbidden',
        "only the participant's agency or the organisers answer for a participant",
      );
    if (status !== 'confirmed' && status !== 'declined')
      throw new AppError(
        'validation',
        'a participant confirms or declines; the organisers record attendance',
        {
          field: 'status',
        },
      );
  }
  await ctx.tx
    .update(meetingParticipants)
    .set({ status })
    .where(
      and(eq(meetingParticipants.meetingId, id), eq(meetingParticipants.contactPointId, contactPointId)),
    );
  await recordChange(ctx, 'update', 'meeting', id, { participant: contactPointId, status });
  return getMeeting(ctx, id);
}

export async function saveMinutes(ctx: ActorContext, id: string, minutes: string, version: number) {
  const current = await loadMeeting(ctx, id, 'minutes');
  const [row] = await ctx.tx
    .update(meetings)
    .set({ minutes, minutesStatus: minutes.trim() ? 'draft' : 'none', ...changeStamp(ctx, current) })
    .where(atVersion(meetings, id, version))
    .returning({ id: meetings.id });
  if (!row) throw staleVersion('meeting');
  await recordChange(ctx, 'update', 'meeting', id, { minutes: 'draft' });
  return getMeeting(ctx, id);
}

/** The organiser approves the drafted minutes: they, and the decisions, are final; a planned meeting is now held. */
export async function approveMinutes(ctx: ActorContext, id: string, version: number) {
  const current = await loadMeeting(ctx, id, 'approve_minutes');
  const names = await actorNames(ctx);
  const [row] = await ctx.tx
    .update(meetings)
    .set({
      minutesStatus: 'approved',
      minutesApprovedAt: ctx.now,
      minutesApprovedBy: names.name,
      status: current.status === 'planned' ? 'held' : current.status,
      ...changeStamp(ctx, current),
    })
    .where(atVersion(meetings, id, version))
    .returning({ id: meetings.id });
  if (!row) throw staleVersion('meeting');
  await recordChange(ctx, 'update', 'meeting', id, { minutes: 'approved' });
  return getMeeting(ctx, id);
}

export async function addDecision(ctx: ActorContext, id: string, text: string) {
  await loadMeeting(ctx, id, 'minutes');
  const [last] = await ctx.tx
    .select({ n: sql<number>`coalesce(max(${meetingDecisions.position}), 0)::int` })
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, id));
  const [row] = await ctx.tx
    .insert(meetingDecisions)
    .values({ meetingId: id, position: (last?.n ?? 0) + 1, text, createdAt: ctx.now })
    .returning({ id: meetingDecisions.id });
  await recordChange(ctx, 'create', 'meeting_decision', row!.id, { meetingId: id });
  return getMeeting(ctx, id);
}

export async function removeDecision(ctx: ActorContext, id: string, decisionId: string) {
  await loadMeeting(ctx, id, 'minutes');
  const deleted = await ctx.tx
    .delete(meetingDecisions)
    .where(and(eq(meetingDecisions.id, decisionId), eq(meetingDecisions.meetingId, id)))
    .returning({ id: meetingDecisions.id });
  if (deleted.length === 0) throw new AppError('not_found', 'Decision not found');
  await recordChange(ctx, 'delete', 'meeting_decision', decisionId, { meetingId: id });
  return getMeeting(ctx, id);
}

function summaryOf(row: MeetingRow, participantCount: number, openActionPoints: number): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    place: row.place,
    status: row.status as MeetingStatus,
    minutesStatus: row.minutesStatus as MinutesStatus,
    organiser: {
      name: row.organiserName,
      agency: row.organiserAgencyName,
      jurisdiction: row.jurisdiction as Jurisdiction,
    },
    jurisdictions: row.visibleTo as Jurisdiction[],
    participantCount,
    openActionPoints,
  };
}

export async function getMeeting(ctx: ActorContext, id: string): Promise<MeetingView> {
  const row = await loadMeeting(ctx, id, 'read');
  const participants = await ctx.tx
    .select()
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, id))
    .orderBy(asc(meetingParticipants.jurisdiction), asc(meetingParticipants.name));
  const decisions = await ctx.tx
    .select()
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, id))
    .orderBy(asc(meetingDecisions.position));
  const points = await actionPointViews(ctx, eq(actionPoints.meetingId, id));
  const files = await ctx.tx
    .select({
      id: knowledgeFiles.id,
      filename: knowledgeFiles.filename,
      contentType: knowledgeFiles.contentType,
      sizeBytes: knowledgeFiles.sizeBytes,
      createdAt: knowledgeFiles.createdAt,
    })
    .from(knowledgeFiles)
    .where(eq(knowledgeFiles.meetingId, id))
    .orderBy(asc(knowledgeFiles.createdAt));
  const [plan] = row.planId
    ? await ctx.tx
        .select({ id: actionPlans.id, title: actionPlans.title })
        .from(actionPlans)
        .where(eq(actionPlans.id, row.planId))
    : [];
  const organises = meetingPolicy.may.update?.(ctx.actor, row as MeetingRow & MeetingRecord) ?? false;
  return {
    ...summaryOf(
      row,
      participants.length,
      points.filter((p) => p.status === 'open' || p.status === 'in_progress').length,
    ),
    agenda: rendered(row.agenda),
    minutes: rendered(row.minutes),
    minutesApprovedAt: row.minutesApprovedAt?.toISOString() ?? null,
    minutesApprovedBy: row.minutesApprovedBy,
    participants: participants.map((p) => ({
      contactPointId: p.contactPointId,
      name: p.name,
      function: p.function,
      agency: p.agencyName,
      jurisdiction: p.jurisdiction as Jurisdiction,
      status: p.status as Participation,
      mayAnswer: organises || p.agencyId === ctx.actor.agencyId,
    })),
    decisions: decisions.map((d) => ({ id: d.id, position: d.position, text: d.text })),
    actionPoints: points,
    files: files.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    plan: plan ?? null,
    version: row.version,
    allowedActions: allowedActions(meetingPolicy, ctx.actor, row as MeetingRow & MeetingRecord, ACTIONS),
  };
}

/** Meetings the user's jurisdiction takes part in: upcoming first by default, within dates when asked. */
export async function listMeetings(
  ctx: ActorContext,
  query: z.infer<typeof MeetingQuery>,
): Promise<MeetingSummary[]> {
  const conditions: SQL[] = [visibleMeetings(ctx.actor)];
  if (query.from) conditions.push(sql`${meetings.startsAt} >= ${query.from}::date`);
  if (query.to) conditions.push(sql`${meetings.startsAt} < (${query.to}::date + 1)`);
  if (query.jurisdiction) conditions.push(sql`${query.jurisdiction} = any(${meetings.visibleTo})`);
  const rows = await ctx.tx
    .select()
    .from(meetings)
    .where(and(...conditions))
    .orderBy(desc(meetings.startsAt))
    .limit(query.limit);
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await ctx.tx
        .select({ id: meetingParticipants.meetingId, n: sql<number>`count(*)::int` })
        .from(meetingParticipants)
        .where(inArray(meetingParticipants.meetingId, ids))
        .groupBy(meetingParticipants.meetingId)
    : [];
  const open = ids.length
    ? await ctx.tx
        .select({ id: actionPoints.meetingId, n: sql<number>`count(*)::int` })
        .from(actionPoints)
        .where(
          and(inArray(actionPoints.meetingId, ids), inArray(actionPoints.status, ['open', 'in_progress'])),
        )
        .groupBy(actionPoints.meetingId)
    : [];
  const participantsBy = new Map(counts.map((c) => [c.id, c.n]));
  const openBy = new Map(open.map((c) => [c.id, c.n]));
  return rows.map((r) => summaryOf(r, participantsBy.get(r.id) ?? 0, openBy.get(r.id) ?? 0));
}
