/**
 * Requests as lists (inbox, sent, the jurisdiction's) and one request opened as its thread, under the
 * requests policy's filter; every open is audited.
 */
import { isOverdue, type RequestStatus } from '@veza/core';
import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { mustBeAllowed, sideOf, visibleRequests } from '../../access/policies/requests.ts';
import { recordRead } from '../../access/reads.ts';
import {
  agencies,
  contactPoints,
  notifications,
  requestAttachments,
  requestEvents,
  requestLinks,
  requestMessages,
  requestShares,
  requests,
} from '../../db/schema.ts';
import type { RequestListQuery, RequestSummary } from './schema.ts';
import type { RequestRow } from './service.ts';

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
  await recordRead(ctx, { recordType: 'request', recordId: id, details: { shares: shares.length } });
  return { row: row as SummaryRow, request, links, messages, shares, attachments, timeline };
}
