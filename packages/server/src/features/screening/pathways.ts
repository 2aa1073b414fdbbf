/**
 * Referral pathways: which agency of the jurisdiction provides each action a screening recommends.
 * Everyone of the jurisdiction reads them (the result page shows where to refer); coordinators and
 * admins set them.
 */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { agencies, contactPoints, referralPathways } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

export const PathwayView = z.object({
  action: z.string(),
  agency: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
  contactPoint: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type PathwayView = z.infer<typeof PathwayView>;

export const PathwayInput = z.object({ agencyId: z.uuid(), contactPointId: z.uuid().nullish() });

const Action = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'an action id');

export async function listPathways(ctx: ActorContext): Promise<PathwayView[]> {
  const rows = await ctx.tx
    .select({
      action: referralPathways.action,
      agency: { id: agencies.id, name: agencies.name, type: agencies.type },
      contactPoint: { id: contactPoints.id, name: contactPoints.name },
    })
    .from(referralPathways)
    .innerJoin(agencies, eq(agencies.id, referralPathways.agencyId))
    .leftJoin(contactPoints, eq(contactPoints.id, referralPathways.contactPointId))
    .where(eq(referralPathways.jurisdiction, ctx.actor.jurisdiction))
    .orderBy(asc(referralPathways.action));
  return rows.map((r) => ({ ...r, contactPoint: r.contactPoint?.id ? r.contactPoint : null }));
}

function mustSet(ctx: ActorContext) {
  mustHave(ctx.actor, 'setReferralPathways');
}

export async function setPathway(
  ctx: ActorContext,
  action: string,
  input: z.infer<typeof PathwayInput>,
): Promise<void> {
  mustSet(ctx);
  if (!Action.safeParse(action).success)
    throw new AppError('validation', 'not an action id', { field: 'action' });
  const [agency] = await ctx.tx.select().from(agencies).where(eq(agencies.id, input.agencyId));
  if (!agency || agency.jurisdiction !== ctx.actor.jurisdiction)
    throw new AppError('validation', 'the pathway leads to an agency of your jurisdiction', {
      field: 'agencyId',
    });
  if (input.contactPointId) {
    const [point] = await ctx.tx
      .select()
      .from(contactPoints)
      .where(and(eq(contactPoints.id, input.contactPointId), eq(contactPoints.agencyId, agency.id)));
    if (!point)
      throw new AppError('validation', 'not a contact point of that agency', { field: 'contactPointId' });
  }
  const values = {
    jurisdiction: ctx.actor.jurisdiction,
    action,
    agencyId: agency.id,
    contactPointId: input.contactPointId ?? null,
    updatedBy: ctx.actor.userId,
    updatedAt: ctx.now,
  };
  await ctx.tx
    .insert(referralPathways)
    .values(values)
    .onConflictDoUpdate({ target: [referralPathways.jurisdiction, referralPathways.action], set: values });
  await recordChange(ctx, 'settings', 'referral_pathway', action, {
    agencyId: agency.id,
    contactPointId: input.contactPointId ?? null,
  });
}

export async function removePathway(ctx: ActorContext, action: string): Promise<void> {
  mustSet(ctx);
  const removed = await ctx.tx
    .delete(referralPathways)
    .where(
      and(eq(referralPathways.jurisdiction, ctx.actor.jurisdiction), eq(referralPathways.action, action)),
    )
    .returning({ action: referralPathways.action });
  if (!removed[0]) throw new AppError('not_found', 'No pathway for this action');
  await recordChange(ctx, 'settings', 'referral_pathway', action, { removed: true });
}
