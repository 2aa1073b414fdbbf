/** Protection cases' URLs and query keys. */
import type {
  ConsentCreate,
  ProtectionCaseList,
  ProtectionCaseOpen,
  ProtectionCaseView,
  ReasonableGroundsDecision,
} from '@veza/core/api/protection';
import { get, post } from '../../api.ts';

export type { ProtectionCaseList, ProtectionCaseView };

export interface ProtectionFilters {
  status?: string;
  child?: string;
  reflectionEndsWithin?: string;
  mine?: string;
  q?: string;
}

export const PROTECTION = ['protection'] as const;
export const protectionKeys = {
  list: (filters: ProtectionFilters) => [...PROTECTION, 'list', filters] as const,
  one: (id: string) => [...PROTECTION, 'case', id] as const,
};

export function listProtectionCases(filters: ProtectionFilters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  return get<ProtectionCaseList>(`/api/protection-cases?${params}`);
}

export const getProtectionCase = (id: string) => get<ProtectionCaseView>(`/api/protection-cases/${id}`);

export const openProtectionCase = (body: Partial<ProtectionCaseOpen>) =>
  post<ProtectionCaseView>('/api/protection-cases', body);

export const decideReasonableGrounds = (id: string, body: ReasonableGroundsDecision) =>
  post<ProtectionCaseView>(`/api/protection-cases/${id}/reasonable-grounds`, body);

export const recordConsent = (id: string, body: ConsentCreate) =>
  post<ProtectionCaseView>(`/api/protection-cases/${id}/consents`, body);
