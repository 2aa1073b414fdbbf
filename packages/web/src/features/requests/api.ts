/**
 * Operational requests' URLs and query keys: the lists, one request's thread and each step on it,
 * replies, forwarding, files, the coordinators' dashboard, and the records a request may link.
 * Every step returns the thread as it now is, which replaces the cached one (requestKeys.thread).
 */
import type { RequestAction } from '@veza/core';
import { del, get, post, queryString } from '../../api.ts';
import type { DashboardRow, RequestSummary, RequestThread } from '../../types.ts';
import { listCases } from '../cases/api.ts';
import { searchRecords } from '../search/api.ts';

/** Every query of requests starts with this key: refreshing it refreshes them all. */
export const REQUESTS = ['requests'] as const;

export const requestKeys = {
  lists: [...REQUESTS, 'list'] as const,
  list: (box: string, filters: object) => [...REQUESTS, 'list', box, filters] as const,
  thread: (id: string) => [...REQUESTS, 'thread', id] as const,
  dashboard: (range: object) => [...REQUESTS, 'dashboard', range] as const,
  picker: (kind: string, q: string) => [...REQUESTS, 'picker', kind, q] as const,
};

export const listRequests = (query: Record<string, string | number | undefined>) =>
  get<{ requests: RequestSummary[]; total: number }>(`/api/requests${queryString(query)}`);

export const getThread = (id: string) => get<RequestThread>(`/api/requests/${id}`);

/** Composes a request, sending it at once unless it stays a draft. */
export const createRequest = (body: object) => post<RequestThread>('/api/requests', body);

/** A step on the request (send, acknowledge, start, answer, close, reopen). */
export const takeStep = (id: string, step: RequestAction) =>
  post<RequestThread>(`/api/requests/${id}/${step}`);

export const discardDraft = (id: string) => del(`/api/requests/${id}`);

export const replyTo = (id: string, body: object) => post<RequestThread>(`/api/requests/${id}/replies`, body);

export const forwardRequest = (id: string, body: object) =>
  post<RequestThread>(`/api/requests/${id}/forward`, body);

/** Sends files one by one to the request; the first that fails stops and is reported. */
export async function uploadFiles(requestId: string, files: readonly File[], messageId?: string) {
  for (const file of files) {
    const query = new URLSearchParams({ filename: file.name });
    if (messageId) query.set('messageId', messageId);
    await post(`/api/requests/${requestId}/attachments?${query}`, file);
  }
}

export const requestDashboard = (range: Record<string, string | undefined>) =>
  get<{ rows: DashboardRow[] }>(`/api/requests/dashboard${queryString(range)}`);
/** The same dashboard as a CSV file, for a link to download. */
export const requestDashboardCsvUrl = (range: Record<string, string | undefined>) =>
  `/api/requests/dashboard.csv${queryString(range)}`;

/** Persons found for a request to link (the search is audited with its purpose), and cases by reference or title. */
export const findPersons = (q: string, purpose: string) => searchRecords(q, purpose);
export const findCases = (q: string) => listCases({ q, limit: 20 });
