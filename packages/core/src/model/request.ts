/**
 * Operational requests between agencies: what a request is, who may take part in which kind, how
 * its status moves, when its reply is due and which fields of a record can be shared in a reply.
 */
import { z } from 'zod';
import { HandlingCode } from './handling-code.ts';
import { SpokenLanguage } from './language.ts';
import type { Role } from './role.ts';

export const REQUEST_TYPES = [
  'information_request',
  'hit_follow_up',
  'joint_action_proposal',
  'victim_referral',
  'urgent_alert',
] as const;
export const RequestType = z.enum(REQUEST_TYPES);
export type RequestType = z.infer<typeof RequestType>;

export const PRIORITIES = ['urgent', 'high', 'normal'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

export const REQUEST_STATUSES = [
  'draft',
  'sent',
  'acknowledged',
  'in_progress',
  'answered',
  'closed',
] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

/**
 * Who may take part in each kind of request, on either side. Coordinators of either jurisdiction
 * see every request their jurisdiction is party to, whatever its kind.
 */
export const ROLES_BY_REQUEST_TYPE: Readonly<Record<RequestType, readonly Role[]>> = {
  information_request: ['investigator', 'prosecutor'],
  hit_follow_up: ['investigator', 'prosecutor'],
  joint_action_proposal: ['investigator', 'prosecutor'],
  victim_referral: ['screener', 'caseworker', 'investigator', 'prosecutor'],
  urgent_alert: ['investigator', 'prosecutor', 'caseworker'],
};

export function takesPartIn(roles: readonly Role[], type: RequestType): boolean {
  return roles.some((r) => ROLES_BY_REQUEST_TYPE[type].includes(r));
}

/** The kinds of request a user with these roles may send. */
export function requestTypesFor(roles: readonly Role[]): RequestType[] {
  return REQUEST_TYPES.filter((t) => takesPartIn(roles, t));
}

const HOUR = 3_600_000;
/**
 * Default reply times, after the EU rules for exchanges through single points of contact
 * (Directive 2023/977): 8 hours for urgent requests, 3 days for high priority, 7 days otherwise.
 */
export const DEFAULT_REPLY_HOURS: Readonly<Record<Priority, number>> = { urgent: 8, high: 72, normal: 168 };

export function defaultDeadline(priority: Priority, sentAt: Date): Date {
  return new Date(sentAt.getTime() + DEFAULT_REPLY_HOURS[priority] * HOUR);
}

/** Still waiting for its answer: sent, acknowledged or in progress. */
export function isOpen(status: RequestStatus): boolean {
  return status === 'sent' || status === 'acknowledged' || status === 'in_progress';
}

/** Past its deadline and not answered yet. */
export function isOverdue(request: { status: RequestStatus; deadline: Date | null }, now: Date): boolean {
  return isOpen(request.status) && request.deadline !== null && request.deadline.getTime() < now.getTime();
}

/**
 * What moves a request on, and from where. Either side's reply leaves the thread where it is,
 * except that the receiver's first reply answers it; the sender closes it.
 */
export type RequestEvent = 'send' | 'acknowledge' | 'start' | 'answer' | 'close' | 'reopen';
const TRANSITIONS: Readonly<Record<RequestEvent, readonly RequestStatus[]>> = {
  send: ['draft'],
  acknowledge: ['sent'],
  start: ['sent', 'acknowledged'],
  answer: ['sent', 'acknowledged', 'in_progress'],
  close: ['sent', 'acknowledged', 'in_progress', 'answered'],
  reopen: ['answered', 'closed'],
};
const RESULT: Readonly<Record<RequestEvent, RequestStatus>> = {
  send: 'sent',
  acknowledge: 'acknowledged',
  start: 'in_progress',
  answer: 'answered',
  close: 'closed',
  reopen: 'in_progress',
};

/** The status after the event, or null when the event does not apply to the current status. */
export function nextStatus(status: RequestStatus, event: RequestEvent): RequestStatus | null {
  return TRANSITIONS[event].includes(status) ? RESULT[event] : null;
}

export const LINK_KINDS = ['case', 'person', 'hit', 'screening'] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

export const RecordLink = z.object({ kind: LinkKind, id: z.uuid() });
export type RecordLink = z.infer<typeof RecordLink>;

/** The fields of each kind of record that an owner may pick to share in a reply. */
export const SHAREABLE_FIELDS = {
  person: [
    'displayName',
    'names',
    'sex',
    'birthDate',
    'nationalities',
    'documents',
    'phones',
    'socialHandles',
    'cases',
  ],
  case: [
    'reference',
    'title',
    'type',
    'status',
    'openedOn',
    'summary',
    'exploitationTypes',
    'modusOperandi',
    'people',
    'route',
    'vehicles',
    'events',
  ],
} as const;
export const ShareKind = z.enum(['person', 'case']);
export type ShareKind = z.infer<typeof ShareKind>;
export type ShareableField<K extends ShareKind> = (typeof SHAREABLE_FIELDS)[K][number];

export const Share = z
  .object({
    kind: ShareKind,
    id: z.uuid(),
    fields: z.array(z.string()).min(1, 'pick at least one field to share').max(20),
  })
  .superRefine((share, ctx) => {
    const allowed: readonly string[] = SHAREABLE_FIELDS[share.kind];
    share.fields.forEach((f, i) => {
      if (!allowed.includes(f)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i],
          message: `"${f}" is not a field of a ${share.kind} that can be shared (${allowed.join(', ')})`,
        });
      }
    });
  });
export type Share = z.infer<typeof Share>;

export const RequestDraft = z.object({
  type: RequestType,
  /** The agency asked; a contact point of it, when the request is for that desk (a 24/7 line). */
  toAgencyId: z.uuid(),
  toContactPointId: z.uuid().nullish(),
  subject: z.string().trim().min(3).max(200),
  body: z.string().trim().min(1).max(20_000),
  priority: Priority.default('normal'),
  /** When the reply is due; by default from the priority. */
  deadline: z.iso.datetime({ offset: true }).nullish(),
  handlingCode: HandlingCode.default('H0'),
  language: SpokenLanguage,
  links: z.array(RecordLink).max(20).default([]),
});
export type RequestDraft = z.infer<typeof RequestDraft>;

/** What one may do with a request; the server says which apply to each actor (access/policies/requests.ts). */
export const REQUEST_ACTIONS = [
  'read',
  'edit',
  'send',
  'discard',
  'acknowledge',
  'start',
  'reply',
  'answer',
  'close',
  'reopen',
  'forward',
  'attach',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];
