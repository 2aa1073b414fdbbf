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

/**
 * A record kind's rules: who sees a record at all, and one sentence per action. Most records know
 * read, create, update and delete; a record with a life of its own (a request) names its own actions.
 */
export interface Policy<R, A extends string = Action> {
  /** Which records of this type the actor may see at all: a record outside this is reported as not found. */
  readonly sees: (actor: Actor, record: R) => boolean;
  readonly may: Partial<Record<A, (actor: Actor, record: R) => boolean>>;
}

export const sameJurisdiction = (actor: Actor, record: Owned) => actor.jurisdiction === record.jurisdiction;
export const isAdminOf = (actor: Actor, record: Owned) =>
  hasRole(actor, 'admin') && sameJurisdiction(actor, record);

export function can<R, A extends string>(policy: Policy<R, A>, actor: Actor, action: A, record: R): boolean {
  if (!policy.sees(actor, record)) return false;
  const rule = policy.may[action] as ((actor: Actor, record: R) => boolean) | undefined;
  return rule ? rule(actor, record) : false;
}

const ON_A_RECORD: readonly Action[] = ['read', 'update', 'delete'];

/** The actions the actor may take on a record, in the order given, for the client to offer only those. */
export function allowedActions<R, A extends string = Action>(
  policy: Policy<R, A>,
  actor: Actor,
  record: R,
  actions: readonly A[] = ON_A_RECORD as readonly string[] as readonly A[],
): A[] {
  return actions.filter((action) => can(policy, actor, action, record));
}

/**
 * Throws unless the actor may act on the record. A record the actor may not see is "not found", so that
 * nobody learns what exists in another jurisdiction; a visible record they may not change is "forbidden".
 */
export function authorize<R, A extends string = Action>(
  policy: Policy<R, A>,
  actor: Actor,
  action: A,
  record: R | undefined,
  what: string,
): R {
  // A record about to be created exists for nobody yet: only whether the actor may create it matters.
  const visible = record !== undefined && (action === 'create' || policy.sees(actor, record));
  if (!visible) throw new AppError('not_found', `${what} not found`);
  const rule = policy.may[action] as ((actor: Actor, record: R) => boolean) | undefined;
  if (!rule?.(actor, record)) {
    throw new AppError(
      'forbidden',
      `your roles do not allow you to ${action.replaceAll('_', ' ')} this ${what.toLowerCase()}`,
    );
  }
  return record;
}

/** A listing's access condition: the policy's filter, never forgotten because listings take it as a parameter. */
export type VisibilityFilter = (actor: Actor) => SQL | undefined;
