/** The audit log's URL and query keys. */
import { get, queryString } from '../../api.ts';
import type { AuditEntry } from '../../types.ts';

export const auditKeys = {
  all: ['audit'] as const,
  page: (action: string, outcome: string, actor: string) => ['audit', action, outcome, actor] as const,
};

/** One page of entries, newest first, before the given sequence number. */
export const browseAudit = (filters: { action: string; outcome: string; actor: string }, before?: number) =>
  get<{ entries: AuditEntry[]; nextBefore: number | null }>(
    `/api/audit${queryString({ ...filters, actor: filters.actor.trim(), before, limit: 50 })}`,
  );
