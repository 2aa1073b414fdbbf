/**
 * The URLs and query keys of investigation records' cases: lists, one case with its people,
 * vehicles, route and events, linked cases, attachments and the border crossings a route uses.
 * Every change returns the case as it now is, which replaces the cached one (caseKeys.case).
 */
import type { CaseEventInput, CaseInput, PersonInput, RouteInput, VehicleInput } from '@veza/core';
import { api, del, get, patch, post, queryString } from '../../api.ts';
import type { CaseSummary, CaseView, Crossing } from '../../types.ts';

/** Every list of cases starts with this key: refreshing it refreshes them all. */
export const CASES = ['cases'] as const;

export const caseKeys = {
  list: (filters: object) => [...CASES, filters] as const,
  forLinks: [...CASES, 'for-links'] as const,
  forImport: [...CASES, 'for-import'] as const,
  case: (id: string) => ['case', id] as const,
  attachments: (caseId: string) => ['attachments', caseId] as const,
  crossings: ['border-crossings'] as const,
};

export interface CaseAttachment {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

export const listCases = (filters: Record<string, string | number | undefined>) =>
  get<{ cases: CaseSummary[]; total: number }>(`/api/cases${queryString(filters)}`);

/** The jurisdiction's cases as choices (linking a case, putting imported persons in one). */
export const caseChoices = (limit: number) => get<{ cases: CaseSummary[] }>(`/api/cases?limit=${limit}`);

export const getCase = (id: string, purpose: string) =>
  get<CaseView>(`/api/cases/${id}?purpose=${encodeURIComponent(purpose)}`);

/** Opens a case, or changes one from the version the user saw. */
export const saveCase = (existing: CaseView | undefined, body: CaseInput) =>
  existing
    ? patch<CaseView>(`/api/cases/${existing.id}`, { ...body, version: existing.version })
    : post<CaseView>('/api/cases', body);

export const linkCase = (caseId: string, otherId: string) =>
  api<CaseView>('PUT', `/api/cases/${caseId}/links/${otherId}`);

/** Records a person and puts them in the case in a role. */
export async function addPersonToCase(
  caseId: string,
  person: PersonInput,
  role: string,
  perpetratorRoles: string[],
): Promise<CaseView> {
  const created = await post<{ id: string }>('/api/persons', person);
  return post<CaseView>(`/api/cases/${caseId}/roles`, { personId: created.id, role, perpetratorRoles });
}

export const addVehicle = (caseId: string, body: VehicleInput) =>
  post<CaseView>(`/api/cases/${caseId}/vehicles`, body);
export const addEvent = (caseId: string, body: CaseEventInput) =>
  post<CaseView>(`/api/cases/${caseId}/events`, body);
export const replaceRoute = (caseId: string, body: RouteInput) =>
  api<CaseView>('PUT', `/api/cases/${caseId}/route`, body);
export const listCrossings = () => get<{ crossings: Crossing[] }>('/api/border-crossings');

export const listAttachments = (caseId: string) =>
  get<{ attachments: CaseAttachment[] }>(`/api/cases/${caseId}/attachments`);
export const attachFile = (caseId: string, file: File) =>
  post<{ attachments: CaseAttachment[] }>(
    `/api/cases/${caseId}/attachments?filename=${encodeURIComponent(file.name)}`,
    file,
  );
export const removeAttachment = (caseId: string, id: string) => del(`/api/cases/${caseId}/attachments/${id}`);
