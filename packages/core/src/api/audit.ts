/** Input and output of the audit log browser. */
import { z } from 'zod';

export const AuditQuery = z.object({
  action: z.string().trim().max(40).optional(),
  outcome: z.enum(['success', 'failure', 'refused']).optional(),
  actor: z.string().trim().max(64).optional(),
  recordType: z.string().trim().max(40).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Entries before this sequence number: the next page. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  purpose: z.string().nullable(),
  address: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditPage = z.object({
  entries: z.array(AuditEntryView),
  nextBefore: z.number().int().nullable(),
});
