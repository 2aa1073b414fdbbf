/**
 * Optimistic locking: a change names the version it was based on, and lands only if the row is still
 * at that version; every change stamps who made it, when, and the next version.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ActorContext } from './actor.ts';

/** The row with this id, if it is still at the version the change was based on. */
export function atVersion(table: { id: PgColumn; version: PgColumn }, id: string, version: number): SQL {
  return and(eq(table.id, id), eq(table.version, version))!;
}

/** Who changed the row, when, and its next version. */
export function changeStamp(ctx: ActorContext, current: { version: number }) {
  return { updatedBy: ctx.actor.userId, updatedAt: ctx.now, version: current.version + 1 };
}
