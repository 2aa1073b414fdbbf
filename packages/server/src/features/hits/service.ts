/**
 * Hits as each side sees them: its own person, the other jurisdiction, the other record's agency
 * and its contact points from the directory, the band, the kinds of evidence and the other
 * record's handling code; never the other record's content. Each side decides for itself (not
 * relevant, confirmed after the exchange); admins pause or resume their jurisdiction's part.
 */
import { and, type Column, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
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
import type { HitList, HitQuery, HitStatus, HitView } from './schema.ts';

function mustRead(ctx: ActorContext) {
  if (!readsInvestigations(ctx.actor))
    throw new AppError('forbidden', 'hits are for those who work on investigation records');
}

/**
 * This side's hits with its own record of each (a person, or a vehicle and its case), joined under
 * row-level security: a hit whose record the actor may not see is neither listed nor counted.
 */
function visibleHits(ctx: ActorContext, filter: Omit<HitQuery, 'limit' | 'offset' | 'status'>) {
  const me = ctx.actor.jurisdiction;
  /** This side's column of a pair, or (given the other way round) the other side's. */
  const mine = <T>(a: Column, b: Column) =>
    sql<T>`case when ${hits.jurisdictionA} = ${me} then ${a} else ${b} end`;
  const reference = mine<string>(hits.referenceA, hits.referenceB);
  return ctx.tx.$with('visible_hits').as(
    ctx.tx
      .select({
        id: hits.id,
        foundAt: hits.foundAt,
        band: hits.band,
        evidence: hits.evidence,
        other: mine<string>(hits.jurisdictionB, hits.jurisdictionA).as('other'),
        theirs: mine<string>(hits.referenceB, hits.referenceA).as('theirs'),
        status: mine<HitStatus>(hits.statusA, hits.statusB).as('status'),
        strength: sql<number>`case ${hits.band} when 'strong' then 0 when 'probable' then 1 else 2 end`.as(
          'strength',
        ),
        personId: sql<string | null>`${persons.id}`.as('person_id'),
        personLabel: sql<string | null>`${persons.displayName}`.as('person_label'),
        vehicleId: sql<string | null>`${vehicles.id}`.as('vehicle_id'),
        plate: sql<string | null>`${vehicles.plateOriginal}`.as('plate'),
        caseId: sql<string | null>`${cases.id}`.as('case_id'),
        caseReference: sql<string | null>`${cases.reference}`.as('case_reference'),
      })
      .from(hits)
      .leftJoin(matchReferences, and(eq(hits.kind, 'person'), eq(matchReferences.reference, reference)))
      .leftJoin(persons, eq(persons.id, matchReferences.personId))
      .leftJoin(
        matchVehicleReferences,
        and(eq(hits.kind, 'vehicle'), eq(matchVehicleReferences.reference, reference)),
      )
      .leftJoin(vehicles, eq(vehicles.id, matchVehicleReferences.vehicleId))
      .leftJoin(cases, eq(cases.id, vehicles.caseId))
      .where(
        and(
          or(eq(hits.jurisdictionA, me), eq(hits.jurisdictionB, me)),
          or(isNotNull(persons.id), isNotNull(cases.id)),
          filter.band ? eq(hits.band, filter.band) : undefined,
          filter.kind ? eq(hits.kind, filter.kind) : undefined,
        ),
      ),
  );
}

/** How many visible hits have each decision of this side, under the band and kind filters. */
async function countHits(ctx: ActorContext, filter: Omit<HitQuery, 'limit' | 'offset' | 'status'>) {
  const visible = visibleHits(ctx, filter);
  const rows = await ctx.tx
    .with(visible)
    .select({ status: visible.status, n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(visible)
    .groupBy(visible.status);
  const counts: HitList['counts'] = { new: 0, not_relevant: 0, confirmed: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/**
 * A page of this side's hits with its own records, strongest first, then newest; read in the
 * request's transaction, under row-level security.
 */
export async function ownHits(ctx: ActorContext, query: HitQuery) {
  mustRead(ctx);
  const counts = await countHits(ctx, query);
  const total = query.status ? counts[query.status] : counts.new + counts.not_relevant + counts.confirmed;
  const visible = visibleHits(ctx, query);
  const rows = await ctx.tx
    .with(visible)
    .select()
    .from(visible)
    .where(query.status ? eq(visible.status, query.status) : undefined)
    .orderBy(visible.strength, desc(visible.foundAt), visible.id)
    .limit(query.limit)
    .offset(query.offset);
  const page = rows.map((row) => ({
    ...row,
    record: (row.personId
      ? { kind: 'person', id: row.personId, label: row.personLabel ?? '', caseId: null }
      : {
          kind: 'vehicle',
          id: row.vehicleId!,
          label: `${row.plate} (${row.caseReference})`,
          caseId: row.caseId,
        }) as HitView['record'],
  }));
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
  return { page, total, counts };
}

/**
 * The other side of each hit: its agency, the agency's contact points and the record's handling
 * code, read as the system (another jurisdiction's rows), after the request's transaction. Nothing
 * else of the record is read.
 */
export async function listHits(
  database: Database,
  mine: Awaited<ReturnType<typeof ownHits>>,
): Promise<HitList> {
  const { page, total, counts } = mine;
  if (page.length === 0) return { hits: [], total, counts };
  const theirs = page.map((h) => h.theirs);
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
  const views = page.map((h) => {
    const owner = other.owners.get(h.theirs);
    if (!owner) return null;
    return {
      id: h.id,
      foundAt: h.foundAt.toISOString(),
      band: h.band as HitView['band'],
      evidence: h.evidence,
      status: h.status,
      record: h.record,
      other: {
        jurisdiction: h.other,
        handlingCode: owner.handlingCode,
        agency: { id: owner.agencyId, name: owner.agencyName },
        contactPoints: other.points
          .filter((p) => p.agencyId === owner.agencyId)
          .map(({ agencyId: _, ...p }) => p),
      },
    };
  });
  return { hits: views.filter((h): h is HitView => h !== null), total, counts };
}

/** The badge: how many visible hits this side has not decided on, as the hits page counts them. */
export async function countNewHits(ctx: ActorContext): Promise<number> {
  if (!readsInvestigations(ctx.actor)) return 0;
  return (await countHits(ctx, {})).new;
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
