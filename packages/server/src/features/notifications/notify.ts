/**
 * Tells one side of a request that something is waiting (veza_notify: in the app, and an e-mail in
 * the outbox for those who gave an address), to the roles the request's kind allows. The key makes
 * the same event notify once. The requests feature calls it through notifications/index.ts.
 */
import { type RequestType, ROLES_BY_REQUEST_TYPE } from '@veza/core';
import { sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import type { requests } from '../../db/schema.ts';

type RequestRow = typeof requests.$inferSelect;

export async function notify(
  ctx: Pick<ActorContext, 'tx'>,
  request: Pick<RequestRow, 'id' | 'type' | 'priority' | 'toAlwaysAvailable'>,
  side: 'from' | 'to',
  kind: string,
  eventKey: string,
): Promise<void> {
  const roles = ROLES_BY_REQUEST_TYPE[request.type as RequestType];
  const urgent = request.priority === 'urgent' && side === 'to';
  await ctx.tx.execute(
    sql`select veza_notify(${request.id}::uuid, ${side}, ${sql.raw(`array[${roles.map((r) => `'${r}'`).join(',')}]::text[]`)}, ${kind}, ${eventKey}, ${urgent})`,
  );
}
