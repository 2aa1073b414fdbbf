/**
 * Forwarding: a party to a request passes snapshots shared in it to another agency, as a new
 * request whose snapshots keep their handling code and chain of origin, one step longer.
 */
import { type HandlingCode, strictestHandlingCode } from '@veza/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actorNames } from '../../access/actors.ts';
import { requestShares } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { ForwardInput } from './schema.ts';
import { createRequest, loadRequest, recordEvent } from './service.ts';
import type { OriginStep } from './sharing.ts';

/**
 * Forwards a request's snapshots to another agency as a new request from the forwarder's agency.
 * Each snapshot keeps its handling code and gains a step in its chain of origin; the new request
 * carries the strictest code of what it holds. Refused as a whole if any snapshot is H2.
 */
export async function forwardRequest(ctx: ActorContext, id: string, input: ForwardInput): Promise<string> {
  await loadRequest(ctx, id, 'forward');
  const picked = input.shareIds.length
    ? await ctx.tx
        .select()
        .from(requestShares)
        .where(and(eq(requestShares.requestId, id), inArray(requestShares.id, input.shareIds)))
    : [];
  const found = new Set(picked.map((p) => p.id));
  const missing = input.shareIds.findIndex((shareId) => !found.has(shareId));
  if (missing >= 0) {
    throw new AppError('validation', 'this shared record is not part of the request', {
      field: `shareIds.${missing}`,
    });
  }
  const restricted = picked.find((p) => p.handlingCode === 'H2');
  if (restricted) {
    throw new AppError(
      'forbidden',
      "an H2 snapshot is not to be disseminated further without its owner's permission: ask them to share it directly",
    );
  }
  const handlingCode = strictestHandlingCode([
    input.handlingCode,
    ...picked.map((p) => p.handlingCode as HandlingCode),
  ]);
  const { shareIds: _, ...draft } = input;
  const forwarded = await createRequest(ctx, { ...draft, handlingCode, links: [], send: true });
  const { name, agency } = await actorNames(ctx);
  const step: OriginStep = {
    jurisdiction: ctx.actor.jurisdiction,
    agency,
    by: name,
    at: ctx.now.toISOString(),
    how: 'forwarded',
  };
  for (const p of picked) {
    await ctx.tx.insert(requestShares).values({
      requestId: forwarded,
      messageId: null,
      kind: p.kind,
      fields: p.fields,
      snapshot: p.snapshot,
      handlingCode: p.handlingCode,
      origin: [...(p.origin as OriginStep[]), step],
      sharedBy: ctx.actor.userId,
      sharedAt: ctx.now,
    });
  }
  await recordEvent(ctx, id, 'forwarded', name);
  return forwarded;
}
