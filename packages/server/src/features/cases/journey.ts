/**
 * A case's journey: its route (ordered legs across border crossings, with fees) and its HTCDS historic
 * events. (Named for what it holds, apart from routes.ts, the HTTP routes.)
 */
import type { CaseEventInput, RouteInput } from '@veza/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { borderCrossings, caseEvents, persons, routeLegs } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { caseFor } from './lookup.ts';

/** The persons named in a route or events must be the actor's jurisdiction's, as the case is. */
async function checkPersons(
  ctx: ActorContext,
  ids: (string | null | undefined)[],
  field: (i: number) => string,
) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return;
  const found = new Set(
    (
      await ctx.tx
        .select({ id: persons.id })
        .from(persons)
        .where(and(inArray(persons.id, wanted), eq(persons.jurisdiction, ctx.actor.jurisdiction)))
    ).map((p) => p.id),
  );
  ids.forEach((id, i) => {
    if (id && !found.has(id))
      throw new AppError('validation', 'no such person in your records', { field: field(i) });
  });
}

/** Replaces the case's route with the legs given, in their order. */
export async function replaceRoute(ctx: ActorContext, caseId: string, route: RouteInput): Promise<void> {
  const current = await caseFor(ctx, caseId, 'update');
  const crossingIds = [
    ...new Set(route.legs.map((l) => l.crossingId).filter((id): id is string => Boolean(id))),
  ];
  const known = new Set(
    crossingIds.length
      ? (
          await ctx.tx
            .select({ id: borderCrossings.id })
            .from(borderCrossings)
            .where(inArray(borderCrossings.id, crossingIds))
        ).map((c) => c.id)
      : [],
  );
  route.legs.forEach((leg, i) => {
    if (leg.crossingId && !known.has(leg.crossingId)) {
      throw new AppError('validation', `unknown border crossing "${leg.crossingId}"`, {
        field: `legs.${i}.crossingId`,
      });
    }
  });
  await checkPersons(
    ctx,
    route.legs.map((l) => l.facilitatorPersonId),
    (i) => `legs.${i}.facilitatorPersonId`,
  );
  await ctx.tx.delete(routeLegs).where(eq(routeLegs.caseId, caseId));
  if (route.legs.length > 0) {
    await ctx.tx.insert(routeLegs).values(
      route.legs.map((leg, position) => ({
        jurisdiction: ctx.actor.jurisdiction,
        handlingCode: current.handlingCode,
        caseId,
        position,
        fromPlace: leg.fromPlace ?? null,
        fromCountry: leg.fromCountry,
        toPlace: leg.toPlace ?? null,
        toCountry: leg.toCountry,
        crossingId: leg.crossingId ?? null,
        departedOn: leg.departedOn ?? null,
        arrivedOn: leg.arrivedOn ?? null,
        transportMode: leg.transportMode ?? null,
        feeAmount: leg.feeAmount ?? null,
        feeCurrency: leg.feeCurrency ?? null,
        facilitatorPersonId: leg.facilitatorPersonId ?? null,
        notes: leg.notes ?? null,
        createdBy: ctx.actor.userId,
        updatedBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    );
  }
  await recordChange(ctx, 'update', 'case_route', caseId, { legs: route.legs.length });
}

export async function addEvent(ctx: ActorContext, caseId: string, input: CaseEventInput): Promise<string> {
  const current = await caseFor(ctx, caseId, 'update');
  await checkPersons(ctx, [input.personId], () => 'personId');
  const [row] = await ctx.tx
    .insert(caseEvents)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: current.handlingCode,
      caseId,
      personId: input.personId ?? null,
      type: input.type,
      date: input.date ?? null,
      place: input.place ?? null,
      country: input.country ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      description: input.description ?? null,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: caseEvents.id });
  await recordChange(ctx, 'create', 'case_event', row!.id, { caseId });
  return row!.id;
}

export async function removeEvent(ctx: ActorContext, caseId: string, eventId: string): Promise<void> {
  await caseFor(ctx, caseId, 'update');
  const removed = await ctx.tx
    .delete(caseEvents)
    .where(and(eq(caseEvents.id, eventId), eq(caseEvents.caseId, caseId)))
    .returning({ id: caseEvents.id });
  if (!removed[0]) throw new AppError('not_found', 'Event not found');
  await recordChange(ctx, 'delete', 'case_event', eventId, { caseId });
}

/** The route and events of a case, for its page. */
export async function routeAndEvents(ctx: ActorContext, caseId: string) {
  const legs = await ctx.tx
    .select({
      leg: routeLegs,
      crossing: borderCrossings,
      facilitator: { id: persons.id, displayName: persons.displayName },
    })
    .from(routeLegs)
    .leftJoin(borderCrossings, eq(borderCrossings.id, routeLegs.crossingId))
    .leftJoin(persons, eq(persons.id, routeLegs.facilitatorPersonId))
    .where(eq(routeLegs.caseId, caseId))
    .orderBy(asc(routeLegs.position));
  const events = await ctx.tx
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.date), asc(caseEvents.createdAt));
  return {
    route: legs.map(({ leg, crossing, facilitator }) => ({
      position: leg.position,
      fromPlace: leg.fromPlace,
      fromCountry: leg.fromCountry,
      toPlace: leg.toPlace,
      toCountry: leg.toCountry,
      crossing: crossing
        ? { id: crossing.id, name: crossing.name, latitude: crossing.latitude, longitude: crossing.longitude }
        : null,
      departedOn: leg.departedOn,
      arrivedOn: leg.arrivedOn,
      transportMode: leg.transportMode,
      feeAmount: leg.feeAmount === null ? null : Number(leg.feeAmount),
      feeCurrency: leg.feeCurrency,
      facilitator: facilitator?.id ? facilitator : null,
      notes: leg.notes,
    })),
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      personId: e.personId,
      date: e.date,
      place: e.place,
      country: e.country,
      latitude: e.latitude,
      longitude: e.longitude,
      description: e.description,
    })),
  };
}

export async function listCrossings(ctx: ActorContext) {
  return ctx.tx.select().from(borderCrossings).orderBy(asc(borderCrossings.name));
}
