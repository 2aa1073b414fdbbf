/** Finding cases: by id for an action the actor must be allowed, or by reference within what the actor may see. */
import { and, eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { investigationPolicy, visibleInvestigationRecords } from '../../access/policies/investigation.ts';
import { type Action, authorize } from '../../access/policy.ts';
import { cases } from '../../db/schema.ts';

/** The case, if the actor may take the action on it; otherwise not found (or forbidden, if they may see it). */
export async function caseFor(ctx: ActorContext, id: string, action: Action) {
  const [row] = await ctx.tx.select().from(cases).where(eq(cases.id, id));
  return authorize(investigationPolicy, ctx.actor, action, row, 'Case');
}

export async function caseIdsByReference(
  ctx: ActorContext,
  references: string[],
): Promise<Map<string, string>> {
  const rows = await ctx.tx
    .select({ id: cases.id, reference: cases.reference })
    .from(cases)
    .where(
      and(visibleInvestigationRecords(ctx.actor, cases.jurisdiction), inArray(cases.reference, references)),
    );
  return new Map(rows.map((r) => [r.reference, r.id]));
}
