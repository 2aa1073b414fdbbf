/**
 * A request once sent: acknowledged, worked on, replied to (sharing fields of one's own records),
 * answered, closed and reopened. Each step writes the timeline, the audit entry and the other side's
 * notifications in its transaction.
 */
import { nextStatus, type RequestStatus } from '@veza/core';
import { eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actorNames } from '../../access/actors.ts';
import { recordChange } from '../../access/audit.ts';
import { sideOf } from '../../access/policies/requests.ts';
import { changeStamp } from '../../access/versioning.ts';
import { requestMessages, requests } from '../../db/schema.ts';
import { notify } from '../notifications/index.ts';
import type { ReplyInput } from './schema.ts';
import { actorName, loadRequest, moved, type RequestRow, recordEvent } from './service.ts';
import { snapshotShares } from './sharing.ts';

/** The receiving side's named person has it: the sender sees who and when; an urgent alert stops repeating. */
export async function acknowledge(ctx: ActorContext, id: string): Promise<void> {
  const request = await loadRequest(ctx, id, 'acknowledge');
  await markAcknowledged(ctx, request, await actorName(ctx));
  await recordChange(ctx, 'update', 'request', id, { event: 'acknowledge' });
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
  await recordChange(ctx, 'update', 'request', id, { event: 'start' });
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
  await recordChange(ctx, 'update', 'request', id, {
    event: 'reply',
    message: message!.id,
    shares: input.shares.length,
  });
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
  await recordChange(ctx, 'update', 'request', id, { event });
}
