/**
 * Hits as each side sees them: its own person, the other jurisdiction, the other record's agency
 * and its contact points from the directory, the band, the kinds of evidence and the other
 * record's handling code; never the other record's content. Each side decides for itself (not
 * relevant, confirmed after the exchange); admins pause or resume their jurisdiction's part.
 */
import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { readsInvestigations } from '../../access/policies/investigation.ts';
import { asSystem } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import {
  agencies,
  cases,
  contactPoints,
  hitParticipation,
  hits,
  matchEncodings,
  matchReferences,
  matchVehicleReferences,
  notifications,
  persons,
  vehicles,
} from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { HitView } from './schema.ts';

function mustRead(ctx: ActorContext) {
  if (!readsInvestigations(ctx.actor))
    throw new AppError('forbidden', 'hits are for those who work on investigation records');
}

/** This side's hits and its own records (persons, vehicles): read in the request's transaction, under row-level security. */
export async function ownHits(ctx: ActorContext) {
  mustRead(ctx);
  const me = ctx.actor.jurisdiction;
  const rows = await ctx.tx
    .select()
    .from(hits)
    .where(or(eq(hits.jurisdictionA, me), eq(hits.jurisdictionB, me)));
  const mine = rows.map((h) => (h.jurisdictionA === me ? h.referenceA : h.referenceB));
  const own = new Map<string, HitView['record']>();
  if (rows.length) {
    const people = await ctx.tx
      .select({ reference: matchReferences.reference, id: persons.id, label: persons.displayName })
      .from(matchReferences)
      .innerJoin(persons, eq(persons.id, matchReferences.personId))
      .where(inArray(matchReferences.reference, mine));
    for (const p of people) own.set(p.reference, { kind: 'person', id: p.id, label: p.label, caseId: null });
    const plates = await ctx.tx
      .select({
        reference: matchVehicleReferences.reference,
        id: vehicles.id,
        plate: vehicles.plateOriginal,
        caseId: cases.id,
        caseReference: cases.reference,
      })
      .from(matchVehicleReferences)
      .innerJoin(vehicles, eq(vehicles.id, matchVehicleReferences.vehicleId))
      .innerJoin(cases, eq(cases.id, vehicles.caseId))
      .where(inArray(matchVehicleReferences.reference, mine));
    for (const v of plates)
      own.set(v.reference, {
        kind: 'vehicle',
        id: v.id,
        label: `${v.plate} (${v.caseReference})`,
        caseId: v.caseId,
      });
  }
  // Looking at the hits is reading their notifications.
  await ctx.tx
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(
      and(
        eq(notifications.userId, ctx.actor.userId),
        isNotNull(notifications.hitId),
        isNull(notifications.readAt),
      ),
    );
  return { jurisdiction: me, rows, own };
}

/**
 * The other side of each hit: its agency, the agency's contact points and the record's handling
 * code, read as the system (another jurisdiction's rows), after the request's transaction. Nothing
 * else of the record is read.
 */
export async function listHits(
  database: Database,
  mine: Awaited<ReturnType<typeof ownHits>>,
): Promise<HitView[]> {
  const { jurisdiction: me, rows, own } = mine;
  if (rows.length === 0) return [];
  const theirs = rows.map((h) => (h.jurisdictionA === me ? h.referenceB : h.referenceA));
  const other = await asSystem(database, async (tx) => {
    const owners = [
      ...(await tx
        .select({
          reference: matchReferences.reference,
          handlingCode: persons.handlingCode,
          agencyId: agencies.id,
          agencyName: agencies.name,
        })
        .from(matchReferences)
        .innerJoin(persons, eq(persons.id, matchReferences.personId))
        .innerJoin(agencies, eq(agencies.id, persons.agencyId))
        .where(inArray(matchReferences.reference, theirs))),
      ...(await tx
        .select({
          reference: matchVehicleReferences.reference,
          handlingCode: vehicles.handlingCode,
          agencyId: agencies.id,
          agencyName: agencies.name,
        })
        .from(matchVehicleReferences)
        .innerJoin(vehicles, eq(vehicles.id, matchVehicleReferences.vehicleId))
        .innerJoin(cases, eq(cases.id, vehicles.caseId))
        .innerJoin(agencies, eq(agencies.id, cases.agencyId))
        .where(inArray(matchVehicleReferences.reference, theirs))),
    ];
    const points = owners.length
      ? await tx
          .select({
            agencyId: contactPoints.agencyId,
            name: contactPoints.name,
            function: contactPoints.function,
            phone: contactPoints.phoneE164,
            email: contactPoints.email,
          })
          .from(contactPoints)
          .where(inArray(contactPoints.agencyId, [...new Set(owners.map((o) => o.agencyId))]))
      : [];
    return { owners: new Map(owners.map((o) => [o.reference, o])), points };
  });
  return rows
    .map((h, k) => {
      const side = h.jurisdictionA === me ? 'a' : 'b';
      const record = own.get(side === 'a' ? h.referenceA : h.referenceB);
      const owner = other.owners.get(theirs[k]!);
      if (!record || !owner) return null;
      return {
        id: h.id,
        foundAt: h.foundAt.toISOString(),
        band: h.band as HitView['band'],
        evidence: h.evidence,
        status: (side === 'a' ? h.statusA : h.statusB) as HitView['status'],
        record,
        other: {
          jurisdiction: side === 'a' ? h.jurisdictionB : h.jurisdictionA,
          handlingCode: owner.handlingCode,
          agency: { id: owner.agencyId, name: owner.agencyName },
          contactPoints: other.points
            .filter((p) => p.agencyId === owner.agencyId)
            .map(({ agencyId: _, ...p }) => p),
        },
      };
    })
    .filter((h): h is HitView => h !== null)
    .sort((x, y) => (x.foundAt < y.foundAt ? 1 : -1));
}

export async function countNewHits(ctx: ActorContext): Promise<number> {
  if (!readsInvestigations(ctx.actor)) return 0;
  const me = ctx.actor.jurisdiction;
  const rows = await ctx.tx
    .select({ id: hits.id })
    .from(hits)
    .where(
      or(
        and(eq(hits.jurisdictionA, me), eq(hits.statusA, 'new')),
        and(eq(hits.jurisdictionB, me), eq(hits.statusB, 'new')),
      ),
    );
  return rows.length;
}

export async function decideHit(
  ctx: ActorContext,
  id: string,
  status: 'not_relevant' | 'confirmed',
): Promise<void> {
  mustRead(ctx);
  mustHave(ctx.actor, 'decideHits');
  const me = ctx.actor.jurisdiction;
  const [hit] = await ctx.tx.select().from(hits).where(eq(hits.id, id));
  if (!hit) throw new AppError('not_found', 'no such hit');
  const side = hit.jurisdictionA === me ? 'A' : 'B';
  await ctx.tx
    .update(hits)
    .set(side === 'A' ? { statusA: status, decidedA: ctx.now } : { statusB: status, decidedB: ctx.now })
    .where(eq(hits.id, id));
  // The matcher runs again and learns from the decision (matching/model.ts).
  ctx.changes.records.add(me);
  await recordChange(ctx, 'update', 'hit', id, { status });
}

/** Pauses or resumes the jurisdiction's part in hit/no-hit; pausing withdraws its encodings at once. */
export async function setParticipation(ctx: ActorContext, paused: boolean): Promise<string> {
  mustHave(ctx.actor, 'pauseHitNoHit');
  const me = ctx.actor.jurisdiction;
  await ctx.tx
    .insert(hitParticipation)
    .values({ jurisdiction: me, paused, changedBy: ctx.actor.userId, changedAt: ctx.now })
    .onConflictDoUpdate({
      target: hitParticipation.jurisdiction,
      set: { paused, changedBy: ctx.actor.userId, changedAt: ctx.now },
    });
  // Resuming re-encodes on the next run; pausing withdraws the encodings (withdrawEncodings, once
  // this has committed), and the next run finds nothing to encode.
  ctx.changes.records.add(me);
  await recordChange(ctx, 'settings', 'hit_participation', null, { paused });
  return me;
}

/** Removes a paused jurisdiction's encodings from the matcher's store. */
export async function withdrawEncodings(database: Database, jurisdiction: string): Promise<void> {
  await asSystem(database, (tx) =>
    tx.delete(matchEncodings).where(eq(matchEncodings.jurisdiction, jurisdiction)),
  );
}
