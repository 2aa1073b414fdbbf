/** Input and output of the requests API. */

import { z } from 'zod';
import {
  HandlingCode,
  LinkKind,
  Priority,
  REQUEST_ACTIONS,
  RequestDraft,
  RequestStatus,
  RequestType,
  Share,
  SpokenLanguage,
} from '../model/index.ts';

export const RequestCreate = RequestDraft.extend({
  /** Send at once (the default), or keep as a draft. */
  send: z.boolean().default(true),
});
export type RequestCreate = z.infer<typeof RequestCreate>;

export const RequestEdit = RequestDraft.extend({ version: z.number().int().positive() });
export type RequestEdit = z.infer<typeof RequestEdit>;

export const ReplyInput = z.object({
  body: z.string().trim().min(1).max(20_000),
  handlingCode: HandlingCode.default('H0'),
  /** Fields of the replier's own records to share, as snapshots under the reply's handling code. */
  shares: z.array(Share).max(10).default([]),
  /** The receiver's reply answers the request (the default); false for an interim reply. */
  answers: z.boolean().default(true),
});
export type ReplyInput = z.infer<typeof ReplyInput>;

export const ForwardInput = RequestDraft.omit({ links: true }).extend({
  /** Shared snapshots of this request to pass on; H2 snapshots cannot be. */
  shareIds: z.array(z.uuid()).max(20).default([]),
});
export type ForwardInput = z.infer<typeof ForwardInput>;

export const RequestListQuery = z.object({
  /** inbox: to the actor's agency; sent: from it; all: every request of the jurisdiction (coordinators). */
  box: z.enum(['inbox', 'sent', 'all']).default('inbox'),
  status: RequestStatus.optional(),
  type: RequestType.optional(),
  priority: Priority.optional(),
  /** The other side's jurisdiction. */
  counterpart: z.string().length(2).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RequestListQuery = z.infer<typeof RequestListQuery>;

const Party = z.object({
  jurisdiction: z.string(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
});

export const RequestSummary = z.object({
  id: z.uuid(),
  type: RequestType,
  subject: z.string(),
  priority: Priority,
  status: RequestStatus,
  handlingCode: z.string(),
  language: z.string(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  /** Urgent, to a 24/7 contact point, and nobody has acknowledged it yet: shown on top, repeated. */
  alerting: z.boolean(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  from: Party.extend({ by: z.string() }),
  to: Party.extend({ contactPoint: z.object({ id: z.uuid(), name: z.string() }).nullable() }),
  /** Which side the reader is on; null for a coordinator who watches. */
  side: z.enum(['from', 'to']).nullable(),
});
export type RequestSummary = z.infer<typeof RequestSummary>;

export const RequestList = z.object({ requests: z.array(RequestSummary), total: z.number().int() });

const Origin = z.object({
  jurisdiction: z.string(),
  agency: z.string(),
  by: z.string(),
  at: z.string(),
  /** shared (by the record's owner) or forwarded. */
  how: z.enum(['shared', 'forwarded']),
});

export const SharedSnapshot = z.object({
  id: z.uuid(),
  messageId: z.uuid().nullable(),
  kind: z.enum(['person', 'case']),
  fields: z.array(z.string()),
  values: z.record(z.string(), z.unknown()),
  handlingCode: z.string(),
  /** Where it came from, first sharer first; the last entry brought it into this request. */
  origin: z.array(Origin),
  forwardable: z.boolean(),
});
export type SharedSnapshot = z.infer<typeof SharedSnapshot>;

export const AttachmentView = z.object({
  id: z.uuid(),
  messageId: z.uuid().nullable(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const RequestThread = RequestSummary.extend({
  body: z.string(),
  version: z.number().int(),
  acknowledgedBy: z.string().nullable(),
  startedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  alertCount: z.number().int(),
  /** Linked records: with their label on the holder's side; the other side learns only the kind. */
  links: z.array(
    z.object({
      kind: LinkKind,
      jurisdiction: z.string(),
      id: z.uuid().nullable(),
      label: z.string().nullable(),
    }),
  ),
  messages: z.array(
    z.object({
      id: z.uuid(),
      jurisdiction: z.string(),
      agency: z.string(),
      author: z.string(),
      body: z.string(),
      handlingCode: z.string(),
      createdAt: z.string(),
    }),
  ),
  shares: z.array(SharedSnapshot),
  attachments: z.array(AttachmentView),
  timeline: z.array(
    z.object({
      event: z.string(),
      at: z.string(),
      by: z.string().nullable(),
      jurisdiction: z.string().nullable(),
    }),
  ),
  allowedActions: z.array(z.enum(REQUEST_ACTIONS)),
});
export type RequestThread = z.infer<typeof RequestThread>;

export { SpokenLanguage };

/** The coordinator's cooperation dashboard: per month, counterpart and direction. */
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
export const DashboardQuery = z
  .object({ from: Month.optional(), to: Month.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

export const DashboardRow = z.object({
  month: z.string(),
  counterpart: z.string(),
  direction: z.enum(['outgoing', 'incoming']),
  sent: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  answered: z.number().int(),
  medianHoursToAcknowledge: z.number().nullable(),
  medianHoursToAnswer: z.number().nullable(),
});
export type DashboardRow = z.infer<typeof DashboardRow>;
