/** The actor a command-line tool acts as: a user of the database, named by username, who must be enabled. */
import type { Jurisdiction, Role } from '@veza/core';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection.ts';
import { agencies, users } from '../db/schema.ts';
import type { Actor, ActorContext } from './actor.ts';

export async function actorOf(database: Database, username: string): Promise<Actor> {
  const [user] = await database.db
    .select()
    .from(users)
    .where(eq(users.username, username.trim().toLowerCase()));
  if (!user) throw new Error(`no user "${username}"`);
  if (user.disabledAt) throw new Error(`the user "${username}" is disabled`);
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
