/**
 * What a committed transaction changed that background work follows. A service notes the change
 * on its context (ctx.changes); once the transaction has committed, the listeners registered for
 * that database hear of it. Nothing is heard of a transaction that rolled back.
 */
import type { Database } from '../db/connection.ts';

export interface Changes {
  /** Jurisdictions whose persons or vehicles were recorded, changed, merged or removed. */
  readonly records: Set<string>;
}

export function noChanges(): Changes {
  return { records: new Set() };
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
