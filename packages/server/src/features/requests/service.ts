/**
 * Operational requests: compose, send, acknowledge, work on, reply (sharing fields of one's own
 * records), answer, close, reopen and forward. Every step is one transaction that also writes the
 * timeline, the audit entry and the other side's notifications (in the app, and e-mails through
 * the outbox), so that either all of it happens or none.
 */
import {
  defaultDeadline,
  isOverdue,
  nextStatus,
  type RecordLink,
  type RequestAction,
  type RequestDraft,
  type RequestEvent,
  type RequestStatus,
} from '@veza/core';
import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actorNames } from '../../access/actors.ts';
import { appendAudit } from '../../access/audit.ts';
import { investigationPolicy, readsInvestigations } from '../../access/policies/investigation.ts';
import { mustBeAllowed, mustSendKind, sideOf, visibleRequests } from '../../access/policies/requests.ts';
import { seesScreening } from '../../access/policies/screening.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import {
  agencies,
  cases,
  contactPoints,
  hits,
  notifications,
  persons,
  requestAttachments,
  requestEvents,
  requestLinks,
  requestMessages,
  requestShares,
  requests,
  screenings,
} from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { notify } from '../notifications/index.ts';
import type { ReplyInput, RequestCreate, RequestEdit, RequestListQuery, RequestSummary } from './schema.ts';
import { snapshotShares } from './sharing.ts';

export type RequestRow = typeof requests.$inferSelect;

/** The actor's name as colleagues know it, for the timeline and the thread. */
async function actorName(ctx: ActorContext): Promise<string> {
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

function audit(ctx: ActorContext, action: 'create' | 'update' | 'read', id: string, details: object) {
  return appendAudit(ctx.tx, ctx.now, {
    actor: ctx.actor,
    action,
    recordType: 'request',
    recordId: id,
    address: ctx.address,
    details: details as Record<string, unknown>,
  });
}

/** Moves the request on by the event, or refuses when its status does not allow it. */
function moved(request: RequestRow, event: RequestEvent): RequestStatus {
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
  await audit(ctx, 'create', row!.id, { type: input.type, to: agency.id, links: links.length });
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
  await audit(ctx, 'update', id, { event: 'send' });
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
  await audit(ctx, 'update', id, { event: 'edit' });
}

export async function discardDraft(ctx: ActorContext, id: string): Promise<void> {
  await loadRequest(ctx, id, 'discard');
  await ctx.tx.delete(requests).where(eq(requests.id, id));
  await audit(ctx, 'update', id, { event: 'discard' });
}

/** The receiving side's named person has it: the sender sees who and when; an urgent alert stops repeating. */
export async function acknowledge(ctx: ActorContext, id: string): Promise<void> {
  const request = await loadRequest(ctx, id, 'acknowledge');
  await markAcknowledged(ctx, request, await actorName(ctx));
  await audit(ctx, 'update', id, { event: 'acknowledge' });
}

async function markAcknowledged(ctx: ActorContext, request: RequestRow, name: string) {
  const status = moved(request, 'acknowledge');
  await ctx.tx
    .update(requests)
    .set({
      status,
      acknowledgedAt: ctx.now,
      acknowledgedBy: ctx.actor.userId,
      acknowledgedByName: name,
      ...changeStamp(ctx, request),
    })
    .where(eq(requests.id, request.id));
  await recordEvent(ctx, request.id, 'acknowledged', name);
  await notify(ctx, request, 'from', 'request_acknowledged', `${request.id}:acknowledged`);
  return { ...request, status, acknowledgedBy: ctx.actor.userId, version: request.version + 1 };
}

export async function startWork(ctx: ActorContext, id: string): Promise<void> {
  let request = await loadRequest(ctx, id, 'start');
  const name = await actorName(ctx);
  if (request.status === 'sent') request = await markAcknowledged(ctx, request, name);
  await ctx.tx
    .update(requests)
    .set({ status: moved(request, 'start'), startedAt: ctx.now, ...changeStamp(ctx, request) })
    .where(eq(requests.id, id));
  await recordEvent(ctx, id, 'in_progress', name);
  await audit(ctx, 'update', id, { event: 'start' });
}

/**
 * A reply in the thread, with the fields of the replier's own records they chose to share. The
 * receiving side's reply answers the request unless it is marked interim; replying to a request
 * nobody acknowledged acknowledges it too.
 */
export async function reply(ctx: ActorContext, id: string, input: ReplyInput): Promise<string> {
  let request = await loadRequest(ctx, id, 'reply');
  const side = sideOf(ctx.actor, request)!;
  const { name, agency } = await actorNames(ctx);
  if (side === 'to' && request.status === 'sent') request = await markAcknowledged(ctx, request, name);
  const [message] = await ctx.tx
    .insert(requestMessages)
    .values({
      requestId: id,
      jurisdiction: ctx.actor.jurisdiction,
      agencyId: ctx.actor.agencyId,
      authorId: ctx.actor.userId,
      authorName: name,
      body: input.body,
      handlingCode: input.handlingCode,
      createdAt: ctx.now,
    })
    .returning({ id: requestMessages.id });
  await recordEvent(ctx, id, 'replied', name);
  if (input.shares.length) {
    await snapshotShares(ctx, {
      requestId: id,
      messageId: message!.id,
      shares: input.shares,
      handlingCode: input.handlingCode,
      origin: { jurisdiction: ctx.actor.jurisdiction, agency, by: name },
    });
    await recordEvent(ctx, id, 'shared', name);
  }
  const answers = side === 'to' && input.answers && nextStatus(request.status as RequestStatus, 'answer');
  await ctx.tx
    .update(requests)
    .set(
      answers
        ? { status: 'answered', answeredAt: ctx.now, ...changeStamp(ctx, request) }
        : changeStamp(ctx, request),
    )
    .where(eq(requests.id, id));
  if (answers) await recordEvent(ctx, id, 'answered', name);
  await notify(
    ctx,
    request,
    side === 'to' ? 'from' : 'to',
    answers ? 'request_answered' : 'reply',
    `reply:${message!.id}`,
  );
  await audit(ctx, 'update', id, { event: 'reply', message: message!.id, shares: input.shares.length });
  return message!.id;
}

export async function closeRequest(ctx: ActorContext, id: string, event: 'close' | 'reopen'): Promise<void> {
  const request = await loadRequest(ctx, id, event);
  const status = moved(request, event);
  const name = await actorName(ctx);
  await ctx.tx
    .update(requests)
    .set({ status, closedAt: event === 'close' ? ctx.now : null, ...changeStamp(ctx, request) })
    .where(eq(requests.id, id));
  await recordEvent(ctx, id, event === 'close' ? 'closed' : 'reopened', name);
  await notify(
    ctx,
    request,
    'to',
    `request_${event === 'close' ? 'closed' : 'reopened'}`,
    `${id}:${event}:${request.version}`,
  );
  await audit(ctx, 'update', id, { event });
}

const summarySelection = {
  request: requests,
  fromAgency: { id: sql<string>`fa.id`, name: sql<string>`fa.name` },
  toAgency: { id: sql<string>`ta.id`, name: sql<string>`ta.name` },
  contactPoint: { id: contactPoints.id, name: contactPoints.name },
};

type SummaryRow = {
  request: RequestRow;
  fromAgency: { id: string; name: string };
  toAgency: { id: string; name: string };
  contactPoint: { id: string; name: string } | null;
};

export function presentSummary(ctx: ActorContext, row: SummaryRow): RequestSummary {
  const r = row.request;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: r.id,
    type: r.type as RequestSummary['type'],
    subject: r.subject,
    priority: r.priority as RequestSummary['priority'],
    status: r.status as RequestStatus,
    handlingCode: r.handlingCode,
    language: r.language,
    deadline: iso(r.deadline),
    overdue: isOverdue({ status: r.status as RequestStatus, deadline: r.deadline }, ctx.now),
    alerting: r.priority === 'urgent' && r.toAlwaysAvailable && r.status === 'sent',
    createdAt: r.createdAt.toISOString(),
    sentAt: iso(r.sentAt),
    acknowledgedAt: iso(r.acknowledgedAt),
    answeredAt: iso(r.answeredAt),
    from: { jurisdiction: r.jurisdiction, agency: row.fromAgency, by: r.createdByName },
    to: {
      jurisdiction: r.toJurisdiction,
      agency: row.toAgency,
      contactPoint: row.contactPoint?.id ? row.contactPoint : null,
    },
    side: sideOf(ctx.actor, r),
  };
}

export function selectSummaries(ctx: ActorContext) {
  return ctx.tx
    .select(summarySelection)
    .from(requests)
    .innerJoin(sql`${agencies} fa`, sql`fa.id = ${requests.fromAgencyId}`)
    .innerJoin(sql`${agencies} ta`, sql`ta.id = ${requests.toAgencyId}`)
    .leftJoin(contactPoints, eq(contactPoints.id, requests.toContactPointId));
}

/** Inbox, sent or (coordinators) all of the jurisdiction's, filtered; urgent alerts waiting on top. */
export async function listRequests(ctx: ActorContext, query: RequestListQuery) {
  const a = ctx.actor;
  const box: SQL | undefined =
    query.box === 'inbox'
      ? and(eq(requests.toAgencyId, a.agencyId), ne(requests.status, 'draft'))
      : query.box === 'sent'
        ? eq(requests.fromAgencyId, a.agencyId)
        : or(eq(requests.jurisdiction, a.jurisdiction), eq(requests.toJurisdiction, a.jurisdiction));
  const open = inArray(requests.status, ['sent', 'acknowledged', 'in_progress']);
  const counterpart = query.counterpart
    ? or(
        and(eq(requests.jurisdiction, a.jurisdiction), eq(requests.toJurisdiction, query.counterpart)),
        and(eq(requests.toJurisdiction, a.jurisdiction), eq(requests.jurisdiction, query.counterpart)),
      )
    : undefined;
  const where = and(
    visibleRequests(a),
    box,
    query.status ? eq(requests.status, query.status) : undefined,
    query.type ? eq(requests.type, query.type) : undefined,
    query.priority ? eq(requests.priority, query.priority) : undefined,
    counterpart,
    query.overdue === true ? and(open, lt(requests.deadline, ctx.now)) : undefined,
    query.overdue === false
      ? or(
          sql`not (${open})`,
          isNull(requests.deadline),
          sql`${requests.deadline} >= ${ctx.now.toISOString()}::timestamptz`,
        )
      : undefined,
    query.q ? ilike(requests.subject, `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectSummaries(ctx)
      .where(where)
      .orderBy(
        desc(
          sql`(${requests.priority} = 'urgent' and ${requests.toAlwaysAvailable} and ${requests.status} = 'sent')`,
        ),
        desc(sql`coalesce(${requests.sentAt}, ${requests.createdAt})`),
      )
      .limit(query.limit)
      .offset(query.offset),
    ctx.tx.select({ n: count() }).from(requests).where(where),
  ]);
  return { requests: rows.map((r) => presentSummary(ctx, r as SummaryRow)), total: Number(total?.n ?? 0) };
}

/** Opens a request with its whole thread: audited every time, and the reader's notifications of it are read. */
export async function openRequest(ctx: ActorContext, id: string) {
  const [row] = await selectSummaries(ctx).where(eq(requests.id, id));
  const request = mustBeAllowed(ctx.actor, row?.request, 'read');
  const [links, messages, shares, attachments, timeline] = [
    await ctx.tx.select().from(requestLinks).where(eq(requestLinks.requestId, id)),
    await ctx.tx
      .select({ message: requestMessages, agency: agencies.name })
      .from(requestMessages)
      .innerJoin(agencies, eq(agencies.id, requestMessages.agencyId))
      .where(eq(requestMessages.requestId, id))
      .orderBy(asc(requestMessages.createdAt)),
    await ctx.tx
      .select()
      .from(requestShares)
      .where(eq(requestShares.requestId, id))
      .orderBy(asc(requestShares.sharedAt)),
    await ctx.tx
      .select({
        id: requestAttachments.id,
        messageId: requestAttachments.messageId,
        filename: requestAttachments.filename,
        contentType: requestAttachments.contentType,
        sizeBytes: requestAttachments.sizeBytes,
        sha256: requestAttachments.sha256,
        createdAt: requestAttachments.createdAt,
      })
      .from(requestAttachments)
      .where(eq(requestAttachments.requestId, id))
      .orderBy(asc(requestAttachments.createdAt)),
    await ctx.tx
      .select()
      .from(requestEvents)
      .where(eq(requestEvents.requestId, id))
      .orderBy(asc(requestEvents.at)),
  ];
  await ctx.tx
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(
      and(
        eq(notifications.userId, ctx.actor.userId),
        eq(notifications.requestId, id),
        isNull(notifications.readAt),
      ),
    );
  await audit(ctx, 'read', id, { shares: shares.length });
  return { row: row as SummaryRow, request, links, messages, shares, attachments, timeline };
}
