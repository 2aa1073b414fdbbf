/**
 * Consent as the gate for sharing a victim's data: a record per purpose and recipient, in the
 * person's language, given, refused or withdrawn, with who witnessed it. The latest record for a
 * purpose and recipient decides; no record means no consent. Only where the law allows (a child at
 * risk of serious harm) may a supervisor override a missing consent, with the reason.
 */
import { z } from 'zod';
import { Jurisdiction } from '../model/jurisdiction.ts';
import { SERVICE_TYPES } from './services.ts';

export const CONSENT_PURPOSES = [
  /** Sharing the case's data with a named agency. */
  'share_with_agency',
  /** Referring the person to a service (shelter, medical…) at a named provider. */
  'service_referral',
  /** Transferring the case to another jurisdiction's protection agency. */
  'cross_border_transfer',
  /** Sharing the case with investigators and prosecutors: cooperating with the authorities. */
  'cooperation_with_authorities',
  /** Being counted, without identity, in statistics. */
  'statistics',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_STATUSES = ['given', 'refused', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const ConsentRecord = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  /** The agency the consent names, for sharing and service referrals. */
  recipientAgencyId: z.uuid().nullish(),
  /** The jurisdiction the consent names, for a cross-border transfer. */
  recipientJurisdiction: Jurisdiction.nullish(),
  service: z.enum(SERVICE_TYPES).nullish(),
  status: z.enum(CONSENT_STATUSES),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/** What a share, referral or transfer needs consent for. */
export interface ConsentNeed {
  purpose: ConsentPurpose;
  recipientAgencyId?: string | null;
  recipientJurisdiction?: string | null;
  service?: string | null;
}

export type ConsentAnswer =
  | { covered: true; record: ConsentRecord }
  | { covered: false; record: ConsentRecord | null; reason: 'none' | 'refused' | 'withdrawn' };

/** A record speaks to a need when it names the same purpose and the same recipient and service. */
function speaksTo(record: ConsentRecord, need: ConsentNeed): boolean {
  if (record.purpose !== need.purpose) return false;
  if ((record.recipientAgencyId ?? null) !== (need.recipientAgencyId ?? null)) return false;
  if ((record.recipientJurisdiction ?? null) !== (need.recipientJurisdiction ?? null)) return false;
  // A consent to be referred to a provider for any service covers each service there.
  if (record.service && record.service !== need.service) return false;
  return true;
}

/** Whether the consents cover the need: the latest record that speaks to it decides. */
export function consentFor(records: readonly ConsentRecord[], need: ConsentNeed): ConsentAnswer {
  const latest = records
    .filter((r) => speaksTo(r, need))
    .reduce<ConsentRecord | null>(
      (best, r) => (!best || Date.parse(r.recordedAt) >= Date.parse(best.recordedAt) ? r : best),
      null,
    );
  if (latest?.status === 'given') return { covered: true, record: latest };
  return {
    covered: false,
    record: latest,
    reason: latest ? (latest.status === 'refused' ? 'refused' : 'withdrawn') : 'none',
  };
}

/** The grounds on which the law lets a supervisor share without consent. */
export const CONSENT_OVERRIDE_GROUNDS = ['child_at_risk_of_serious_harm'] as const;
export type ConsentOverrideGround = (typeof CONSENT_OVERRIDE_GROUNDS)[number];

/** Whether an override may be recorded: only for a child, on a ground the law names, with a reason. */
export function overrideAllowed(subject: { child: boolean }, ground: string, reason: string): boolean {
  return (
    subject.child &&
    (CONSENT_OVERRIDE_GROUNDS as readonly string[]).includes(ground) &&
    reason.trim().length >= 10
  );
}
