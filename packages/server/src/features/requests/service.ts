/**
 * Operational requests: composing, sending and the drafts (here); the steps once sent in
 * progress.ts, lists and the thread in listing.ts, forwarding in forward.ts. Every step is one transaction that also writes the
 * timeline, the audit entry and the other side's notifications (in the app, and e-mails through
 * the outbox), so that either all of it happens or none.
 */
import {
  defaultDeadline,
  nextStatus,
  type RecordLink,
  type RequestAction,
  type RequestDraft,
  type RequestEvent,
  type RequestStatus,
} from '@veza/core';
import { eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actorNames } from '../../access/actors.ts';
import { recordChange } from '../../access/audit.ts';
import { investigationPolicy, readsInvestigations } from '../../access/policies/investigation.ts';
import { mustBeAllowed, mustSendKind } from '../../access/policies/requests.ts';
import { seesScreening } from '../../access/policies/screening.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import {
  agencies,
  cases,
  contactPoints,
  hits,
  persons,
  requestEvents,
  requestLinks,
  requests,
  screenings,
} from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { notify } from '../notifications/index.ts';
import type { RequestCreate, RequestEdit } from './schema.ts';

export type RequestRow = typeof requests.$inferSelect;

/** The actor's name as colleagues know it, for the timeline and the thread. */
export async function actorName(ctx: ActorContext): Promise<string> {
  return (await actorNames(ctx)).name;
}

export async function loadRequest(ctx: ActorContext, id: string, action: RequestAction): Promise<RequestRow> {
  const [row] = await ctx.tx.select().from(requests).where(eq(requests.id, id));
  return mustBeAllowed(ctx.actor, row, action);
}

export async function recordEvent(ctx: ActorContext, requestId: string, event: string, name: string) {
  await ctx.tx.insert(requestEvents).values({
    requestId,
    event,
    at: ctx.now,
    actorId: ctx.actor.userId,
    actorName: name,
    jurisdiction: ctx.actor.jurisdiction,
  });
}

/** Moves the request on by the event, or refuses when its status does not allow it. */
export function moved(request: RequestRow, event: RequestEvent): RequestStatus {
  const status = nextStatus(request.status as RequestStatus, event);
  if (!status) {
    throw new AppError(
      'conflict',
      `this request is ${request.status.replace('_', ' ')}: it cannot be ${event}ed`,
    );
  }
  return status;
}

/** The agency asked and, when named, its contact point; both must exist and belong together. */
async function addressee(ctx: ActorContext, input: Pick<RequestDraft, 'toAgencyId' | 'toContactPointId'>) {
  const [agency] = await ctx.tx.select().from(agencies).where(eq(agencies.id, input.toAgencyId));
  if (!agency)
    throw new AppError('validation', 'no agency with this id in the directory', { field: 'toAgencyId' });
  if (agency.id === ctx.actor.agencyId)
    throw new AppError('validation', 'a request goes to another agency than your own', {
      field: 'toAgencyId',
    });
  let alwaysAvailable = false;
  if (input.toContactPointId) {
    const [point] = await ctx.tx
      .select()
      .from(contactPoints)
      .where(eq(contactPoints.id, input.toContactPointId));
    if (!point || point.agencyId !== agency.id) {
      throw new AppError('validation', 'this contact point is not one of the agency asked', {
        field: 'toContactPointId',
      });
    }
    alwaysAvailable = (point.availability as { kind: string }).kind === 'always';
  }
  return { agency, alwaysAvailable };
}

/** A record the sender links must be one they may see; its label stays on their side. */
async function resolveLink(ctx: ActorContext, link: RecordLink, index: number) {
  const field = `links.${index}`;
  const refuse = () => {
    throw new AppError('validation', `you cannot link this ${link.kind}: it is not one you may see`, {
      field,
    });
  };
  if (link.kind === 'case') {
    const [row] = await ctx.tx.select().from(cases).where(eq(cases.id, link.id));
    if (!row || !investigationPolicy.sees(ctx.actor, row)) refuse();
    return { ...link, jurisdiction: row!.jurisdiction, label: `${row!.reference} ${row!.title}` };
  }
  if (link.kind === 'person') {
    const [row] = await ctx.tx.select().from(persons).where(eq(persons.id, link.id));
    if (!row || !investigationPolicy.sees(ctx.actor, row) || row.mergedInto) refuse();
    return { ...link, jurisdiction: row!.jurisdiction, label: row!.displayName };
  }
  if (link.kind === 'screening') {
    const [row] = await ctx.tx.select().from(screenings).where(eq(screenings.id, link.id));
    if (!row || !seesScreening(ctx.actor, row, false)) refuse();
    return {
      ...link,
      jurisdiction: row!.jurisdiction,
      label: `${row!.conductedAt.toISOString().slice(0, 10)}, ${row!.outcome.replaceAll('_', ' ')}`,
    };
  }
  // A hit: one of the actor's jurisdiction's (row-level security shows no other).
  const [row] = readsInvestigations(ctx.actor)
    ? await ctx.tx.select().from(hits).where(eq(hits.id, link.id))
    : [];
  if (!row) refuse();
  return { ...link, jurisdiction: ctx.actor.jurisdiction, label: `hit (${row!.band})` };
}

function checkDeadline(deadline: string | null | undefined, now: Date): Date | null {
  if (!deadline) return null;
  const at = new Date(deadline);
  if (at.getTime() <= now.getTime())
    throw new AppError('validation', 'the deadline must be in the future', { field: 'deadline' });
  return at;
}

/** Composes a request; sends it at once unless it is to stay a draft. */
export async function createRequest(ctx: ActorContext, input: RequestCreate): Promise<string> {
  mustSendKind(ctx.actor, input.type);
  const { agency, alwaysAvailable } = await addressee(ctx, input);
  const links = [];
  for (const [i, link] of input.links.entries()) links.push(await resolveLink(ctx, link, i));
  const name = await actorName(ctx);
  const [row] = await ctx.tx
    .insert(requests)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: input.handlingCode,
      createdBy: ctx.actor.userId,
      createdByName: name,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      fromAgencyId: ctx.actor.agencyId,
      toJurisdiction: agency.jurisdiction,
      toAgencyId: agency.id,
      toContactPointId: input.toContactPointId ?? null,
      toAlwaysAvailable: alwaysAvailable,
      type: input.type,
      subject: input.subject,
      body: input.body,
      priority: input.priority,
      language: input.language,
      deadline: checkDeadline(input.deadline, ctx.now),
    })
    .returning();
  if (links.length) {
    await ctx.tx.insert(requestLinks).values(
      links.map((l) => ({
        requestId: row!.id,
        kind: l.kind,
        recordId: l.id,
        jurisdiction: l.jurisdiction,
        label: l.label,
      })),
    );
  }
  await recordEvent(ctx, row!.id, 'created', name);
  await recordChange(ctx, 'create', 'request', row!.id, {
    type: input.type,
    to: agency.id,
    links: links.length,
  });
  if (input.send) await dispatch(ctx, row!, name);
  return row!.id;
}

/** Sends a draft: the deadline follows from the priority unless one was set; the other side hears of it. */
async function dispatch(ctx: ActorContext, request: RequestRow, name: string) {
  const status = moved(request, 'send');
  const deadline = request.deadline ?? defaultDeadline(request.priority as never, ctx.now);
  const alerting = request.priority === 'urgent' && request.toAlwaysAvailable;
  await ctx.tx
    .update(requests)
    .set({
      status,
      sentAt: ctx.now,
      deadline,
      alertCount: alerting ? 1 : 0,
      lastAlertAt: alerting ? ctx.now : null,
      ...changeStamp(ctx, request),
    })
    .where(eq(requests.id, request.id));
  await recordEvent(ctx, request.id, 'sent', name);
  await notify(ctx, request, 'to', alerting ? 'urgent_alert' : 'request_received', `${request.id}:sent`);
}

export async function sendDraft(ctx: ActorContext, id: string): Promise<void> {
  const request = await loadRequest(ctx, id, 'send');
  await dispatch(ctx, request, await actorName(ctx));
  await recordChange(ctx, 'update', 'request', id, { event: 'send' });
}

export async function editDraft(ctx: ActorContext, id: string, input: RequestEdit): Promise<void> {
  const request = await loadRequest(ctx, id, 'edit');
  const { agency, alwaysAvailable } = await addressee(ctx, input);
  const links = [];
  for (const [i, link] of input.links.entries()) links.push(await resolveLink(ctx, link, i));
  const [updated] = await ctx.tx
    .update(requests)
    .set({
      handlingCode: input.handlingCode,
      toJurisdiction: agency.jurisdiction,
      toAgencyId: agency.id,
      toContactPointId: input.toContactPointId ?? null,
      toAlwaysAvailable: alwaysAvailable,
      type: input.type,
      subject: input.subject,
      body: input.body,
      priority: input.priority,
      language: input.language,
      deadline: checkDeadline(input.deadline, ctx.now),
      ...changeStamp(ctx, request),
    })
    .where(atVersion(requests, id, input.version))
    .returning({ id: requests.id });
  if (!updated) throw staleVersion('This request');
  await ctx.tx.delete(requestLinks).where(eq(requestLinks.requestId, id));
  if (links.length) {
    await ctx.tx.insert(requestLinks).values(
      links.map((l) => ({
        requestId: id,
        kind: l.kind,
        recordId: l.id,
        jurisdiction: l.jurisdiction,
        label: l.label,
      })),
    );
  }
  await recordChange(ctx, 'update', 'request', id, { event: 'edit' });
}

export async function discardDraft(ctx: ActorContext, id: string): Promise<void> {
  await loadRequest(ctx, id, 'discard');
  await ctx.tx.delete(requests).where(eq(requests.id, id));
  await recordChange(ctx, 'update', 'request', id, { event: 'discard' });
}
