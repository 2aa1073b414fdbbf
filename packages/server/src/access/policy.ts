/**
 * Access rules, one small policy per record type, stated as sentences. Default deny: an action a
 * policy does not name is refused. Each policy also turns "which records may this actor see" into
 * a SQL condition that every listing of that type uses; row-level security is the second wall.
 */
import type { SQL } from 'drizzle-orm';
import { AppError } from '../errors.ts';
import { type Actor, hasRole } from './actor.ts';

export type Action = 'read' | 'create' | 'update' | 'delete';

export interface Owned {
  readonly jurisdiction: string;
}

export interface Policy<R> {
  /** Which records of this type the actor may see at all: a record outside this is reported as not found. */
  readonly sees: (actor: Actor, record: R) => boolean;
  readonly may: Partial<Record<Action, (actor: Actor, record: R) => boolean>>;
}

export const sameJurisdiction = (actor: Actor, record: Owned) => actor.jurisdiction === record.jurisdiction;
export const isAdminOf = (actor: Actor, record: Owned) =>
  hasRole(actor, 'admin') && sameJurisdiction(actor, record);

export function can<R>(policy: Policy<R>, actor: Actor, action: Action, record: R): boolean {
  if (!policy.sees(actor, record)) return false;
  const rule = policy.may[action];
  return rule ? rule(actor, record) : false;
}

/** The actions the actor may take on a record, for the client to offer only those. */
export function allowedActions<R>(policy: Policy<R>, actor: Actor, record: R): Action[] {
  return (['read', 'update', 'delete'] as const).filter((action) => can(policy, actor, action, record));
}

/**
 * Throws unless the actor may act on the record. A record the actor may not see is "not found", so that
 * nobody learns what exists in another jurisdiction; a visible record they may not change is "forbidden".
 */
export function authorize<R>(
  policy: Policy<R>,
  actor: Actor,
  action: Action,
  record: R | undefined,
  what: string,
): R {
  // A record about to be created exists for nobody yet: only whether the actor may create it matters.
  const visible = record !== undefined && (action === 'create' || policy.sees(actor, record));
  if (!visible) throw new AppError('not_found', `${what} not found`);
  if (!policy.may[action]?.(actor, record)) {
    throw new AppError('forbidden', `your roles do not allow you to ${action} this ${what.toLowerCase()}`);
  }
  return record;
}

/** A listing's access condition: the policy's filter, never forgotten because listings take it as a parameter. */
export type VisibilityFilter = (actor: Actor) => SQL | undefined;
