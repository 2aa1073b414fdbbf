/** Cases by their references, within what the actor may see. */
import { and, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { cases } from '../../db/schema.ts';
import { visibleInvestigationRecords } from './policy.ts';

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
