/**
 * What a committed transaction changed that background work follows. A service notes the change
 * on its context (ctx.changes); before the transaction commits, the follow-up of each jurisdiction
 * changed is queued as a job in the same transaction (so the job exists exactly when the change
 * does, whichever process or command made it); once it has committed, the listeners registered for
 * that database in this process hear of it (the job runner, to look sooner). Nothing is queued or
 * heard of a transaction that rolled back.
 */
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/connection.ts';

export interface Changes {
  /** Jurisdictions whose persons or vehicles were recorded, changed, merged or removed. */
  readonly records: Set<string>;
}

export function noChanges(): Changes {
  return { records: new Set() };
}

/** The queue of the work that follows changed persons: duplicates, then hit/no-hit (jobs/index.ts). */
export const FOLLOW_UP_QUEUE = 'follow-up';
/** A burst of changes within this makes one run. */
export const FOLLOW_UP_DELAY_MS = 500;

/**
 * Queues a job in the transaction (veza_enqueue_job, the one thing the application role may do to
 * the jobs table): it exists exactly when the transaction's change does. A key with a job already
 * waiting gets no second one.
 */
export async function queueJob(tx: Tx, queue: string, key: string, delayMs = 0): Promise<void> {
  await tx.execute(sql`select veza_enqueue_job(${queue}, ${key}, ${delayMs})`);
}

/** Queues the follow-up of what the transaction changed, in the transaction. */
export async function queueFollowUp(tx: Tx, changes: Changes): Promise<void> {
  for (const jurisdiction of changes.records)
    await queueJob(tx, FOLLOW_UP_QUEUE, jurisdiction, FOLLOW_UP_DELAY_MS);
}

type Listener = (changes: Changes) => void;
const listeners = new WeakMap<Database, Set<Listener>>();

/** Registers a listener for the database's committed changes; returns how to remove it. */
export function onCommitted(database: Database, listener: Listener): () => void {
  let set = listeners.get(database);
  if (!set) {
    set = new Set();
    listeners.set(database, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** Tells the listeners what a transaction that has just committed changed. */
export function committed(database: Database, changes: Changes): void {
  if (changes.records.size === 0) return;
  for (const listener of listeners.get(database) ?? []) listener(changes);
}
