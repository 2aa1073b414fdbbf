/** The audit entry of a change to the directory, naming the fields it touched. */
import type { ActorContext } from '../../access/actor.ts';
import { appendAudit } from '../../access/audit.ts';

export function changedFields(change: Record<string, unknown>): Record<string, unknown> {
  const { version: _version, ...rest } = change;
  return { fields: Object.keys(rest).filter((k) => rest[k] !== undefined) };
}

export function audit(
  ctx: ActorContext,
  action: 'create' | 'update' | 'delete',
  recordType: string,
  recordId: string,
  details: Record<string, unknown>,
) {
  return appendAudit(ctx.tx, ctx.now, {
    actor: ctx.actor,
    action,
    recordType,
    recordId,
    address: ctx.address,
    details,
  });
}
