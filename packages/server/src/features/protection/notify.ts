/**
 * Tells the people of a protection case that something waits for them (veza_notify_protection: in
 * the app, once per event key, never the actor): the approvers of a decision, the caseworker of an
 * answer, a provider's caseworkers of a referral.
 */
import { and, arrayContains, eq, isNull, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { users } from '../../db/schema.ts';

export async function notifyOnCase(
  ctx: ActorContext,
  caseId: string,
  recipients: readonly string[],
  kind: string,
  eventKey: string,
  urgent = false,
): Promise<void> {
  if (recipients.length === 0) return;
  const list = sql.join(
    recipients.map((r) => sql`${r}::uuid`),
    sql`, `,
  );
  await ctx.tx.execute(
    sql`select veza_notify_protection(${caseId}::uuid, array[${list}]::uuid[], ${kind}, ${eventKey}, ${urgent})`,
  );
}

/** The enabled users of the jurisdiction with a role, or of one agency with a role. */
export async function usersWithRole(ctx: ActorContext, role: string, agencyId?: string): Promise<string[]> {
  const rows = await ctx.tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.jurisdiction, ctx.actor.jurisdiction),
        arrayContains(users.roles, [role]),
        isNull(users.disabledAt),
        ...(agencyId ? [eq(users.agencyId, agencyId)] : []),
      ),
    );
  return rows.map((r) => r.id);
}
