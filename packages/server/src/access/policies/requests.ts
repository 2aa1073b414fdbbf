/**
 * Who sees an operational request and what they may do with it. The sending and receiving
 * agencies' members whose roles the request's kind allows take part; the coordinators of the two
 * jurisdictions see it; nobody else learns that it exists. A draft is the sender's alone.
 * Row-level security (drizzle/0014_requests_access.sql) draws the same line in the database.
 */
import {
  isOpen,
  may,
  nextStatus,
  type RequestAction,
  type RequestStatus,
  type RequestType,
  requestTypesFor,
  takesPartIn,
} from '@veza/core';
import { and, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { requests } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { allowedActions, can, type Policy } from '../policy.ts';

export interface RequestParties {
  readonly jurisdiction: string;
  readonly toJurisdiction: string;
  readonly fromAgencyId: string;
  readonly toAgencyId: string;
  readonly type: string;
  readonly status: string;
}

/** The side the actor takes part on, or null when they only watch (a coordinator) or have no part. */
export type Side = 'from' | 'to';

export function sideOf(actor: Actor, request: RequestParties): Side | null {
  if (!takesPartIn(actor.roles, request.type as RequestType)) return null;
  if (actor.agencyId === request.fromAgencyId) return 'from';
  if (actor.agencyId === request.toAgencyId && request.status !== 'draft') return 'to';
  return null;
}

const coordinates = (actor: Actor, request: RequestParties) =>
  may(actor.roles, 'watchRequests') &&
  request.status !== 'draft' &&
  (actor.jurisdiction === request.jurisdiction || actor.jurisdiction === request.toJurisdiction);

export function seesRequest(actor: Actor, request: RequestParties): boolean {
  return sideOf(actor, request) !== null || coordinates(actor, request);
}

const from = (actor: Actor, request: RequestParties) => sideOf(actor, request) === 'from';
const to = (actor: Actor, request: RequestParties) => sideOf(actor, request) === 'to';
const party = (actor: Actor, request: RequestParties) => sideOf(actor, request) !== null;
const sent = (request: RequestParties) => request.status !== 'draft';
const draft = (request: RequestParties) => request.status === 'draft';
/** Whether the request's state machine (core/src/model/request.ts) lets the event happen now. */
const allows = (request: RequestParties, event: Parameters<typeof nextStatus>[1]) =>
  nextStatus(request.status as RequestStatus, event) !== null;

/**
 * The request's rules, one per action: the sender writes and sends the draft, the receiver
 * acknowledges, starts and answers, either party replies, attaches and forwards while it is open,
 * the sender closes and reopens; the state machine says which steps the status still allows.
 */
export const requestPolicy: Policy<RequestParties, RequestAction> = {
  sees: seesRequest,
  may: {
    read: () => true,
    edit: (actor, r) => from(actor, r) && draft(r),
    send: (actor, r) => from(actor, r) && draft(r),
    discard: (actor, r) => from(actor, r) && draft(r),
    acknowledge: (actor, r) => to(actor, r) && allows(r, 'acknowledge'),
    start: (actor, r) => to(actor, r) && allows(r, 'start'),
    reply: (actor, r) => party(actor, r) && sent(r) && r.status !== 'closed',
    attach: (actor, r) =>
      (from(actor, r) && draft(r)) || (party(actor, r) && sent(r) && r.status !== 'closed'),
    answer: (actor, r) => to(actor, r) && allows(r, 'answer'),
    close: (actor, r) => from(actor, r) && sent(r) && allows(r, 'close'),
    reopen: (actor, r) => from(actor, r) && allows(r, 'reopen'),
    forward: (actor, r) => party(actor, r) && sent(r),
  },
};

/** The order the interface offers a request's actions in. */
const OFFERED: readonly RequestAction[] = [
  'read',
  'edit',
  'send',
  'discard',
  'acknowledge',
  'start',
  'reply',
  'attach',
  'answer',
  'close',
  'reopen',
  'forward',
];

/** What the actor may do with the request now: the interface offers exactly these. */
export function requestActions(actor: Actor, request: RequestParties): RequestAction[] {
  return allowedActions(requestPolicy, actor, request, OFFERED);
}

/** Throws unless the actor may take the action: not found when they may not see the request at all. */
export function mustBeAllowed<R extends RequestParties>(
  actor: Actor,
  request: R | undefined,
  action: RequestAction,
): R {
  if (!request || !seesRequest(actor, request)) throw new AppError('not_found', 'Request not found');
  if (!can(requestPolicy, actor, action, request)) {
    const why =
      isOpen(request.status as RequestStatus) || request.status === 'draft' ? 'your part' : 'its status';
    throw new AppError(
      'forbidden',
      `you cannot ${action} this request (${why}: it is ${request.status.replace('_', ' ')})`,
    );
  }
  return request;
}

/** Throws unless the actor's roles may send a request of this kind. */
export function mustSendKind(actor: Actor, type: RequestType): void {
  if (!takesPartIn(actor.roles, type))
    throw new AppError('forbidden', `your roles do not allow you to send a ${type.replaceAll('_', ' ')}`);
}

/** The listing filter: requests the actor takes part in, and for coordinators their jurisdiction's. */
export function visibleRequests(actor: Actor): SQL {
  const types = requestTypesFor(actor.roles);
  const member = types.length
    ? or(
        and(eq(requests.fromAgencyId, actor.agencyId), inArray(requests.type, types)),
        and(
          eq(requests.toAgencyId, actor.agencyId),
          inArray(requests.type, types),
          ne(requests.status, 'draft'),
        ),
      )
    : sql`false`;
  if (!may(actor.roles, 'watchRequests')) return member ?? sql`false`;
  return (
    or(
      member,
      and(
        ne(requests.status, 'draft'),
        or(eq(requests.jurisdiction, actor.jurisdiction), eq(requests.toJurisdiction, actor.jurisdiction)),
      ),
    ) ?? sql`false`
  );
}
