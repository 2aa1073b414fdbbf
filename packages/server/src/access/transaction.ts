/**
 * Transactions. Everything done for a user runs in withActor: the transaction switches to the
 * application role (which row-level security applies to, unlike the owner or PGlite's superuser)
 * and records the actor for the policies, so that a query that forgets the access filter still
 * cannot see another jurisdiction's rows. asSystem is for what runs before there is an actor
 * (sign-in, session checks), for migrations, seeding and the audit verifier.
 */

import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/connection.ts';
import type { Actor, ActorContext } from './actor.ts';
import { committed, noChanges } from './changes.ts';

export const APP_ROLE = 'veza_app';

export async function withActor<T>(
  database: Database,
  actor: Actor,
  work: (ctx: ActorContext) => Promise<T>,
  options: { now?: Date; address?: string | null } = {},
): Promise<T> {
  const changes = noChanges();
  const result = await database.db.transaction(async (tx) => {
    // One round trip: the actor (jurisdiction, id, agency, roles) for the policies, and SET LOCAL ROLE through its set_config form.
    await tx.execute(
      sql`select set_config('veza.jurisdiction', ${actor.jurisdiction}, true), set_config('veza.actor_id', ${actor.userId}, true),
        set_config('veza.agency_id', ${actor.agencyId}, true), set_config('veza.roles', ${actor.roles.join(',')}, true),
        set_config('role', ${APP_ROLE}, true)`,
    );
    return work({ actor, tx, now: options.now ?? new Date(), address: options.address ?? null, changes });
  });
  committed(database, changes);
  return result;
}

export async function asSystem<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => work(tx));
}
