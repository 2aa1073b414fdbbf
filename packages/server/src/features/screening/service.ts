/**
 * Screenings reach the server from the interview page, online or later from the device's queue:
 * each carries the id its device gave it, so that however often it is sent it is recorded once.
 * The server checks the answers against the instrument version used and scores them itself with
 * the same function the page used. A declined screening is only counted.
 */

import type { ScreeningSubmit } from '@veza/core';
import { checkScreening, type Instrument, type ScreeningResult, scoreScreening } from '@veza/core';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actorNames } from '../../access/actors.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { investigationPolicy, readsInvestigations } from '../../access/policies/investigation.ts';
import {
  recordsScreenings,
  screeningPolicy,
  seesScreening,
  visibleScreenings,
} from '../../access/policies/screening.ts';
import { openRecord } from '../../access/reads.ts';
import { rowsOf } from '../../db/connection.ts';
import {
  agencies,
  instruments,
  persons,
  requestLinks,
  screeningDeclineIds,
  screeningDeclines,
  screenings,
} from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { instrumentById } from './instruments.ts';
import type { ScreeningListQuery, ScreeningSummary, ScreeningView } from './schema.ts';

function mustRecord(ctx: ActorContext) {
  if (!recordsScreenings(ctx.actor))
    throw new AppError('forbidden', 'screenings are recorded by screeners and caseworkers');
}

/** Records a screening once; a screening already recorded by the same person is acknowledged as it is. */
export async function submitScreening(
  ctx: ActorContext,
  input: ScreeningSubmit,
): Promise<{ id: string; created: boolean; result: ScreeningResult }> {
  mustRecord(ctx);
  const row = await instrumentById(ctx, input.instrumentId).catch(() => {
    throw new AppError('validation', 'no such instrument version', { field: 'instrumentId' });
  });
  if (row.jurisdiction !== ctx.actor.jurisdiction)
    throw new AppError('validation', 'not an instrument of your jurisdiction', { field: 'instrumentId' });
  const instrument = row.definition as Instrument;
  const checked = checkScreening(instrument, input, ctx.now);
  if (!checked.ok)
    throw new AppError('validation', checked.problem.message, { field: checked.problem.field });
  const conductedAt = new Date(input.conductedAt);
  const result = scoreScreening(instrument, checked.screening.answers as never);
  const [inserted] = await ctx.tx
    .insert(screenings)
    .values({
      id: input.id,
      jurisdiction: ctx.actor.jurisdiction,
      agencyId: ctx.actor.agencyId,
      instrumentId: row.id,
      interviewLanguage: input.interviewLanguage,
      screenerLanguage: input.screenerLanguage,
      conductedAt,
      receivedAt: ctx.now,
      place: input.place ?? null,
      answers: checked.screening.answers,
      result,
      outcome: result.outcome,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      createdByName: (await actorNames(ctx)).name,
    })
    .onConflictDoNothing()
    .returning({ id: screenings.id });
  if (!inserted) {
    const [existing] = await ctx.tx
      .select({ createdBy: screenings.createdBy, result: screenings.result })
      .from(screenings)
      .where(eq(screenings.id, input.id));
    if (existing?.createdBy !== ctx.actor.userId)
      throw new AppError('conflict', 'this screening id is already taken', { field: 'id' });
    return { id: input.id, created: false, result: existing.result as ScreeningResult };
  }
  await recordChange(ctx, 'create', 'screening', input.id, {
    outcome: result.outcome,
    instrument: `${instrument.id}@${instrument.version}`,
  });
  return { id: input.id, created: true, result };
}

/** A person declined: one more in the agency's count for the day, and nothing about them. */
export async function recordDecline(ctx: ActorContext, id: string, conductedAt: string): Promise<boolean> {
  mustRecord(ctx);
  const [fresh] = await ctx.tx
    .insert(screeningDeclineIds)
    .values({ id, jurisdiction: ctx.actor.jurisdiction, receivedAt: ctx.now })
    .onConflictDoNothing()
    .returning({ id: screeningDeclineIds.id });
  if (!fresh) return false;
  await ctx.tx
    .insert(screeningDeclines)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      agencyId: ctx.actor.agencyId,
      day: conductedAt.slice(0, 10),
      count: 1,
    })
    .onConflictDoUpdate({
      target: [screeningDeclines.jurisdiction, screeningDeclines.agencyId, screeningDeclines.day],
      set: { count: sql`${screeningDeclines.count} + 1` },
    });
  return true;
}

const selection = {
  s: screenings,
  agencyName: agencies.name,
  instrumentKey: instruments.key,
  instrumentVersion: instruments.version,
};

function present(row: {
  s: typeof screenings.$inferSelect;
  agencyName: string;
  instrumentKey: string;
  instrumentVersion: number;
}): ScreeningSummary {
  const result = row.s.result as ScreeningResult;
  return {
    id: row.s.id,
    conductedAt: row.s.conductedAt.toISOString(),
    receivedAt: row.s.receivedAt.toISOString(),
    outcome: row.s.outcome,
    child: result.child,
    vulnerabilities: result.vulnerabilities.map((v) => v.id),
    interviewLanguage: row.s.interviewLanguage,
    instrument: { id: row.s.instrumentId, key: row.instrumentKey, version: row.instrumentVersion },
    agency: { id: row.s.agencyId, name: row.agencyName },
    by: row.s.createdByName,
    place: row.s.place,
    personId: row.s.personId,
  };
}

export async function listScreenings(ctx: ActorContext, query: ScreeningListQuery) {
  const where: SQL | undefined = and(
    visibleScreenings(ctx.actor),
    query.outcome ? eq(screenings.outcome, query.outcome) : undefined,
    query.mine ? eq(screenings.createdBy, ctx.actor.userId) : undefined,
  );
  const rows = await ctx.tx
    .select(selection)
    .from(screenings)
    .innerJoin(agencies, eq(agencies.id, screenings.agencyId))
    .innerJoin(instruments, eq(instruments.id, screenings.instrumentId))
    .where(where)
    .orderBy(desc(screenings.conductedAt))
    .limit(query.limit)
    .offset(query.offset);
  return rows.map(present);
}

/** One screening with its answers and explained result; every read is audited. */
export async function getScreening(ctx: ActorContext, id: string): Promise<ScreeningView> {
  const [row] = await ctx.tx
    .select(selection)
    .from(screenings)
    .innerJoin(agencies, eq(agencies.id, screenings.agencyId))
    .innerJoin(instruments, eq(instruments.id, screenings.instrumentId))
    .where(eq(screenings.id, id));
  const referred = row
    ? (
        await ctx.tx
          .select({ id: requestLinks.recordId })
          .from(requestLinks)
          .where(and(eq(requestLinks.kind, 'screening'), eq(requestLinks.recordId, id)))
      ).length > 0
    : false;
  await openRecord(ctx, screeningPolicy, row ? { ...row.s, referred } : undefined, 'Screening', {
    recordType: 'screening',
    recordId: id,
  });
  // openRecord has refused a screening that is not there.
  const found = row!;
  return {
    ...present(found),
    answers: found.s.answers as Record<string, unknown>,
    result: found.s.result as Record<string, unknown>,
    handlingCode: found.s.handlingCode,
  };
}

/** Below this, a count is not shown: it could point at a person. */
export const SMALLEST_SHOWN_COUNT = 10;

/** Counts per month, agency and outcome (and declines) for analysts and coordinators; small counts suppressed. */
export async function screeningCounts(ctx: ActorContext) {
  mustHave(ctx.actor, 'countScreenings');
  const rows = rowsOf<{ month: string; agency_id: string; outcome: string; screenings: number | string }>(
    await ctx.tx.execute(sql`select * from veza_screening_counts() order by 1, 2, 3`),
  );
  return rows.map((r) => {
    const n = Number(r.screenings);
    return {
      month: r.month,
      agencyId: r.agency_id,
      outcome: r.outcome,
      count: n < SMALLEST_SHOWN_COUNT ? null : n,
      suppressed: n < SMALLEST_SHOWN_COUNT,
    };
  });
}

/**
 * Links the screening to the person record it is about (or unlinks it): for those who see the
 * screening in its own agency, or coordinate the jurisdiction, and may read investigation records.
 */
export async function linkPerson(ctx: ActorContext, id: string, personId: string | null): Promise<void> {
  const [row] = await ctx.tx.select().from(screenings).where(eq(screenings.id, id));
  if (!row || !seesScreening(ctx.actor, row, false)) throw new AppError('not_found', 'Screening not found');
  if (!readsInvestigations(ctx.actor))
    throw new AppError('forbidden', 'linking a person record needs a role that reads investigation records');
  if (personId) {
    const [person] = await ctx.tx.select().from(persons).where(eq(persons.id, personId));
    if (!person || !investigationPolicy.sees(ctx.actor, person) || person.mergedInto)
      throw new AppError('validation', 'no such person record that you may see', { field: 'personId' });
  }
  await ctx.tx
    .update(screenings)
    .set({ personId, updatedBy: ctx.actor.userId, updatedAt: ctx.now, version: row.version + 1 })
    .where(eq(screenings.id, id));
  await recordChange(ctx, 'update', 'screening', id, { personId });
}
