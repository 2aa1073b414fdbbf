/**
 * Transactions. Everything done for a user runs in withActor: the transaction switches to the
 * application role (which row-level security applies to, unlike the owner or PGlite's superuser)
 * and records the actor for the policies, so that a query that forgets the access filter still
 * cannot see another jurisdiction's rows. asSystem is for what runs before there is an actor
 * (sign-in, session checks), for migrations, seeding and the audit verifier.
 */

import { type Database, type PreparedStatement, runPrepared, type Tx } from '../db/connection.ts';
import type { Actor, ActorContext } from './actor.ts';
import { flushAudit } from './audit.ts';
import { committed, noChanges, queueFollowUp } from './changes.ts';

export const APP_ROLE = 'veza_app';

/**
 * The one place that records an actor for the row-level security policies (which read these
 * settings with current_setting) and switches to the application role, as select-list SQL over
 * the given expressions: parameters for withActor, the user's columns when a session is entered
 * (sessions.ts). set_config(..., true) lasts until the transaction ends.
 */
export function actorSettings(e: {
  jurisdiction: string;
  actorId: string;
  agencyId: string;
  roles: string;
  role: string;
}): string {
  return [
    `set_config('veza.jurisdiction', ${e.jurisdiction}, true)`,
    `set_config('veza.actor_id', ${e.actorId}, true)`,
    `set_config('veza.agency_id', ${e.agencyId}, true)`,
    `set_config('veza.roles', ${e.roles}, true)`,
    `set_config('role', ${e.role}, true)`,
  ].join(', ');
}

const SET_ACTOR: PreparedStatement = {
  name: 'veza_set_actor',
  text: `select ${actorSettings({ jurisdiction: '$1', actorId: '$2', agencyId: '$3', roles: '$4', role: '$5' })}`,
};

export async function withActor<T>(
  database: Database,
  actor: Actor,
  work: (ctx: ActorContext) => Promise<T>,
  options: { now?: Date; address?: string | null } = {},
): Promise<T> {
  const changes = noChanges();
  const result = await database.db.transaction(async (tx) => {
    // One round trip: the actor (jurisdiction, id, agency, roles) for the policies, and SET LOCAL ROLE through its set_config form.
    await runPrepared(tx, SET_ACTOR, [
      actor.jurisdiction,
      actor.userId,
      actor.agencyId,
      actor.roles.join(','),
      APP_ROLE,
    ]);
    const ctx: ActorContext = {
      actor,
      tx,
      now: options.now ?? new Date(),
      address: options.address ?? null,
      changes,
      pendingAudit: [],
    };
    const result = await work(ctx);
    await queueFollowUp(tx, changes);
    await flushAudit(ctx);
    return result;
  });
  committed(database, changes);
  return result;
}

export async function asSystem<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => work(tx));
}
