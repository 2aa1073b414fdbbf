/** Actors of work done without a session: a command-line tool's, named by username, and a job's, by user id; both must be enabled. */
import type { Jurisdiction, Role } from '@veza/core';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection.ts';
import { agencies, users } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor, ActorContext } from './actor.ts';

export async function actorOf(database: Database, username: string): Promise<Actor> {
  const [user] = await database.db
    .select()
    .from(users)
    .where(eq(users.username, username.trim().toLowerCase()));
  if (!user) throw new Error(`no user "${username}"`);
  if (user.disabledAt) throw new Error(`the user "${username}" is disabled`);
  return actorFrom(user);
}

/**
 * The actor a job acts as: the user who started the work, by id, who must still be enabled (an
 * account disabled in the meantime stops it).
 */
export async function actorById(database: Database, userId: string): Promise<Actor> {
  const [user] = await database.db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt)
    throw new AppError('forbidden', 'the account that started this work is disabled or gone');
  return actorFrom(user);
}

function actorFrom(user: typeof users.$inferSelect): Actor {
  return {
    userId: user.id,
    username: user.username,
    jurisdiction: user.jurisdiction as Jurisdiction,
    agencyId: user.agencyId,
    roles: user.roles as Role[],
  };
}

/** The actor's name as colleagues know it, and their agency's: for timelines, threads and records of who did what. */
export async function actorNames(ctx: ActorContext): Promise<{ name: string; agency: string }> {
  const [row] = await ctx.tx
    .select({ name: users.displayName, agency: agencies.name })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, ctx.actor.userId));
  return { name: row?.name ?? ctx.actor.username, agency: row?.agency ?? '' };
}
