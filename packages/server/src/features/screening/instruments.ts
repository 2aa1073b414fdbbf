/**
 * Screening instruments: the shipped one is there in every jurisdiction from the start; a
 * jurisdiction's coordinators publish new versions (validated, compared with the one before),
 * without a deployment. A published version never changes; screenings keep theirs.
 */
import { diffInstruments, Instrument } from '@veza/core';
import { and, desc, eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { instruments } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

export type InstrumentRow = typeof instruments.$inferSelect;

/** The newest version of each instrument of the actor's jurisdiction. */
export async function currentInstruments(ctx: ActorContext): Promise<InstrumentRow[]> {
  const rows = await ctx.tx
    .select()
    .from(instruments)
    .where(eq(instruments.jurisdiction, ctx.actor.jurisdiction))
    .orderBy(instruments.key, desc(instruments.version));
  const newest = new Map<string, InstrumentRow>();
  for (const row of rows) if (!newest.has(row.key)) newest.set(row.key, row);
  return [...newest.values()];
}

export async function instrumentVersions(ctx: ActorContext, key: string) {
  return ctx.tx
    .select({
      id: instruments.id,
      key: instruments.key,
      version: instruments.version,
      publishedAt: instruments.publishedAt,
    })
    .from(instruments)
    .where(and(eq(instruments.jurisdiction, ctx.actor.jurisdiction), eq(instruments.key, key)))
    .orderBy(desc(instruments.version));
}

export async function instrumentById(ctx: ActorContext, id: string): Promise<InstrumentRow> {
  const [row] = await ctx.tx.select().from(instruments).where(eq(instruments.id, id));
  if (!row) throw new AppError('not_found', 'Instrument not found');
  return row;
}

function validate(definition: unknown): Instrument {
  const parsed = Instrument.safeParse(definition);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const path = first.path.join('.');
    throw new AppError(
      'validation',
      `${path || 'instrument'}: ${first.message}${parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : ''}`,
      { field: path ? `definition.${path}` : 'definition' },
    );
  }
  return parsed.data;
}

/**
 * Checks an instrument a coordinator wants to publish and compares it with the jurisdiction's
 * newest version of it: the same call shows the diff before publishing, and publishes.
 */
export async function reviewInstrument(ctx: ActorContext, definition: unknown) {
  mustPublish(ctx);
  const instrument = validate(definition);
  const [previous] = await ctx.tx
    .select()
    .from(instruments)
    .where(and(eq(instruments.jurisdiction, ctx.actor.jurisdiction), eq(instruments.key, instrument.id)))
    .orderBy(desc(instruments.version))
    .limit(1);
  if (previous && instrument.version <= previous.version) {
    throw new AppError(
      'validation',
      `version ${instrument.version} is not after the published version ${previous.version}`,
      { field: 'definition.version' },
    );
  }
  return {
    instrument,
    previous: previous ? { id: previous.id, version: previous.version } : null,
    changes: previous ? diffInstruments(previous.definition as Instrument, instrument) : [],
  };
}

export async function publishInstrument(ctx: ActorContext, definition: unknown) {
  const review = await reviewInstrument(ctx, definition);
  // Two coordinators publishing the same version at once: the unique index lets one through.
  const [row] = await ctx.tx
    .insert(instruments)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      key: review.instrument.id,
      version: review.instrument.version,
      definition: review.instrument,
      publishedBy: ctx.actor.userId,
      publishedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: instruments.id });
  if (!row) throw new AppError('conflict', `version ${review.instrument.version} was published meanwhile`);
  await recordChange(ctx, 'create', 'instrument', row.id, {
    key: review.instrument.id,
    version: review.instrument.version,
    changes: review.changes.length,
  });
  return { id: row.id, ...review };
}

function mustPublish(ctx: ActorContext) {
  mustHave(ctx.actor, 'publishInstruments');
}
