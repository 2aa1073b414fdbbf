/**
 * Supervisors' approvals (the case-management practice of Primero and the OSCE/ODIHR handbook's
 * "four eyes" on decisions that change a victim's status): a caseworker's reasonable-grounds
 * decision, case plan and closure take effect once the case's supervisor (or a coordinator of the
 * jurisdiction) approves them; a rejection says why and changes nothing.
 */
export const APPROVAL_KINDS = ['reasonable_grounds', 'case_plan', 'closure'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** Whether the approval may still be decided: only a pending one, and never by whoever asked for it. */
export function mayDecideApproval(
  approval: { status: ApprovalStatus; requestedBy: string },
  approver: string,
): { ok: true } | { ok: false; reason: 'decided' | 'own_request' } {
  if (approval.status !== 'pending') return { ok: false, reason: 'decided' };
  if (approval.requestedBy === approver) return { ok: false, reason: 'own_request' };
  return { ok: true };
}
