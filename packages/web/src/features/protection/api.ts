/** Protection cases' URLs and query keys. */

import type { NrmPathway } from '@veza/core';
import type { DirectoryResult } from '@veza/core/api/directory';
import type {
  ApprovalDecision,
  AssessmentCreate,
  CaseClosure,
  ConsentCreate,
  ConsentOverrideCreate,
  PlanCreate,
  ProtectionCaseList,
  ProtectionCaseOpen,
  ProtectionCaseView,
  ReasonableGroundsDecision,
  RetentionDecision,
  RetentionDue,
  ServiceReferralCreate,
  ServiceReferralUpdate,
  ServiceReferralView,
  ShareCreate,
  ShareView,
  StageMove,
  TransferAnswer,
  TransferCreate,
  TransferView,
} from '@veza/core/api/protection';
import { del, get, patch, post, put } from '../../api.ts';

export type {
  ProtectionCaseList,
  ProtectionCaseView,
  RetentionDue,
  ServiceReferralView,
  ShareView,
  TransferView,
};

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
  services: (status: string) => [...PROTECTION, 'services', status] as const,
  transfers: [...PROTECTION, 'transfers'] as const,
  shares: [...PROTECTION, 'shares'] as const,
  retention: [...PROTECTION, 'retention'] as const,
  agencies: (jurisdiction: string) => ['directory', 'agencies', jurisdiction] as const,
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

const onCase = (id: string, what: string) => `/api/protection-cases/${id}/${what}`;
type Versioned<T> = T & { version: number };

export const moveStage = (id: string, body: StageMove) => post<ProtectionCaseView>(onCase(id, 'stage'), body);
export const extendReflection = (id: string, body: { days: number; reason: string; version: number }) =>
  post<ProtectionCaseView>(onCase(id, 'reflection-extensions'), body);
export const requestClosure = (id: string, body: CaseClosure) =>
  post<ProtectionCaseView>(onCase(id, 'close'), body);
export const reopenCase = (id: string, body: { reason: string; version: number }) =>
  post<ProtectionCaseView>(onCase(id, 'reopen'), body);
export const decideApproval = (id: string, approvalId: string, body: ApprovalDecision) =>
  post<ProtectionCaseView>(onCase(id, `approvals/${approvalId}`), body);
export const recordAssessment = (id: string, body: AssessmentCreate) =>
  post<ProtectionCaseView>(onCase(id, 'assessments'), body);
export const submitPlan = (id: string, body: Versioned<PlanCreate>) =>
  post<ProtectionCaseView>(onCase(id, 'plans'), body);
export const appointGuardian = (
  id: string,
  body: { guardianName: string; appointedOn: string; version: number },
) => post<ProtectionCaseView>(onCase(id, 'guardian'), body);
export const recordAgeAssessment = (
  id: string,
  body: {
    assessedOn: string;
    method: string;
    minimumAge: number;
    maximumAge: number;
    by: string;
    version: number;
  },
) => post<ProtectionCaseView>(onCase(id, 'age-assessments'), body);
export const determineBestInterests = (
  id: string,
  body: { assessedOn?: string; determinedOn: string; determinedBy: string; version: number },
) => post<ProtectionCaseView>(onCase(id, 'best-interests'), body);
export const referToService = (id: string, body: ServiceReferralCreate) =>
  post<ProtectionCaseView>(onCase(id, 'service-referrals'), body);
export const updateServiceReferral = (referralId: string, body: ServiceReferralUpdate) =>
  patch<ServiceReferralView>(`/api/protection-service-referrals/${referralId}`, body);
export const incomingServiceReferrals = (status: string) =>
  get<{ referrals: ServiceReferralView[] }>(
    `/api/protection-service-referrals${status ? `?status=${status}` : ''}`,
  );
export const overrideConsent = (id: string, body: ConsentOverrideCreate) =>
  post<ProtectionCaseView>(onCase(id, 'consent-overrides'), body);
export const shareCase = (id: string, body: ShareCreate) =>
  post<ProtectionCaseView>(onCase(id, 'shares'), body);
export const revokeShare = (id: string, shareId: string) =>
  del<ProtectionCaseView>(onCase(id, `shares/${shareId}`));
export const sharedWithMyAgency = () => get<{ shares: ShareView[] }>('/api/protection-shares');
export const proposeTransfer = (id: string, body: TransferCreate) =>
  post<ProtectionCaseView>(onCase(id, 'transfers'), body);
export const incomingTransfers = () => get<{ transfers: TransferView[] }>('/api/protection-transfers');
export const answerTransfer = (transferId: string, body: TransferAnswer) =>
  post<{ transfer: TransferView; caseId: string | null }>(
    `/api/protection-transfers/${transferId}/answer`,
    body,
  );
export const retentionDue = () => get<RetentionDue>('/api/protection-retention');
export const decideRetention = (id: string, body: RetentionDecision) =>
  post<ProtectionCaseView>(onCase(id, 'retention'), body);
export const exportUrl = (id: string) => onCase(id, 'export');

/** The agencies of a jurisdiction in the directory: the providers, recipients and receivers to choose from. */
export const agenciesOf = (jurisdiction: string) =>
  get<DirectoryResult>(`/api/directory?jurisdiction=${jurisdiction}&limit=500`);

export const possibleSupervisors = () =>
  get<{ supervisors: { id: string; name: string }[] }>('/api/protection-supervisors');

export const getPathway = () => get<NrmPathway>('/api/protection-pathway');
export const setPathway = (pathway: NrmPathway) => put<NrmPathway>('/api/protection-pathway', pathway);
