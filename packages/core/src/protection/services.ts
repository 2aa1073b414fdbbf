/**
 * Assistance (Council of Europe Convention art. 12): the needs assessed, and the services a case
 * refers the person to, each at a provider from the directory, with what became of the referral.
 */
export const NEED_AREAS = [
  'safety',
  'health',
  'psychological',
  'legal',
  'housing',
  'income',
  'family',
  'education',
] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

export const SERVICE_TYPES = [
  'shelter',
  'medical',
  'psychological',
  'legal_aid',
  'interpretation',
  'education',
  'vocational',
  'family_tracing',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const SERVICE_REFERRAL_STATUSES = [
  'proposed',
  'accepted',
  'declined',
  'delivered',
  'not_delivered',
] as const;
export type ServiceReferralStatus = (typeof SERVICE_REFERRAL_STATUSES)[number];

/** Where a service referral may go next; declined, delivered and not delivered are final. */
const NEXT: Readonly<Record<ServiceReferralStatus, readonly ServiceReferralStatus[]>> = {
  proposed: ['accepted', 'declined'],
  accepted: ['delivered', 'not_delivered'],
  declined: [],
  delivered: [],
  not_delivered: [],
};

export function canMoveServiceReferral(from: ServiceReferralStatus, to: ServiceReferralStatus): boolean {
  return NEXT[from].includes(to);
}

/** A declined or undelivered referral says why. */
export function needsReason(status: ServiceReferralStatus): boolean {
  return status === 'declined' || status === 'not_delivered';
}
