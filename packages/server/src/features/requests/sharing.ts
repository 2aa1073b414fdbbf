/**
 * What crosses between agencies inside a request: the fields of a record its owner picks, kept as
 * a snapshot under the reply's handling code (never laxer than the record's own), marked with who
 * shared it and when. A snapshot is seen only inside its request (forward.ts passes snapshots on).
 */
import { type HandlingCode, type Share, strictestHandlingCode } from '@veza/core';
import type { ActorContext } from '../../access/actor.ts';
import { requestShares } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { getCase } from '../cases/index.ts';
import { getPerson } from '../persons/index.ts';
import type { SharedSnapshot } from './schema.ts';

export interface OriginStep {
  readonly jurisdiction: string;
  readonly agency: string;
  readonly by: string;
  readonly at: string;
  readonly how: 'shared' | 'forwarded';
}

/** Reads each record as its owner (audited, with the request as purpose) and keeps only the picked fields. */
export async function snapshotShares(
  ctx: ActorContext,
  input: {
    requestId: string;
    messageId: string;
    shares: readonly Share[];
    handlingCode: HandlingCode;
    origin: Omit<OriginStep, 'at' | 'how'>;
  },
): Promise<void> {
  const purpose = `shared in operational request ${input.requestId}`;
  for (const share of input.shares) {
    const view: Record<string, unknown> =
      share.kind === 'person'
        ? await getPerson(ctx, share.id, purpose)
        : await getCase(ctx, share.id, purpose);
    if (view.jurisdiction !== ctx.actor.jurisdiction) {
      throw new AppError('forbidden', 'only the owner of a record shares its fields');
    }
    const values = Object.fromEntries(share.fields.map((f) => [f, view[f] ?? null]));
    await ctx.tx.insert(requestShares).values({
      requestId: input.requestId,
      messageId: input.messageId,
      kind: share.kind,
      fields: [...share.fields],
      snapshot: values,
      handlingCode: strictestHandlingCode([input.handlingCode, view.handlingCode as HandlingCode]),
      origin: [{ ...input.origin, at: ctx.now.toISOString(), how: 'shared' }],
      sharedBy: ctx.actor.userId,
      sharedAt: ctx.now,
    });
  }
}

export function presentShare(row: typeof requestShares.$inferSelect): SharedSnapshot {
  return {
    id: row.id,
    messageId: row.messageId,
    kind: row.kind as SharedSnapshot['kind'],
    fields: row.fields,
    values: row.snapshot as Record<string, unknown>,
    handlingCode: row.handlingCode,
    origin: row.origin as OriginStep[],
    forwardable: row.handlingCode !== 'H2',
  };
}
