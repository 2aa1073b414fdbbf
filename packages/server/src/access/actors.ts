/** The actor a command-line tool acts as: a user of the database, named by username, who must be enabled. */
import type { Jurisdiction, Role } from '@veza/core';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection.ts';
import { users } from '../db/schema.ts';
import type { Actor } from './actor.ts';

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
