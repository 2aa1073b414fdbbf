/**
 * Consent as the gate on a victim's data leaving the case: every share, service referral and
 * transfer passes here, and is refused, naming the consent that is missing and why, unless the
 * person's latest consent for that purpose and recipient is given, or a supervisor recorded an
 * override the law allows (a child at risk of serious harm) for that very purpose and recipient.
 */
import { type ConsentNeed, type ConsentRecord, consentFor } from '@veza/core';
import { and, eq } from 'drizzle-orm';
import { agencies, protectionConsentOverrides, protectionConsents } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { ActorContext } from './actor.ts';

const PURPOSE_WORDS: Record<ConsentNeed['purpose'], string> = {
  share_with_agency: 'sharing the case with',
  service_referral: 'a service referral to',
  cross_border_transfer: 'a transfer of the case to',
  cooperation_with_authorities: 'cooperating with the authorities, sharing the case with',
  statistics: 'being counted in statistics',
};

async function recipientName(ctx: ActorContext, need: ConsentNeed): Promise<string> {
  if (need.recipientJurisdiction) return need.recipientJurisdiction;
  if (!need.recipientAgencyId) return '';
  const [agency] = await ctx.tx
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, need.recipientAgencyId));
  return agency?.name ?? need.recipientAgencyId;
}

/**
 * The consent that covers the need, or the override the caller names; refuses otherwise with
 * `consent_missing`, the consent named in the message. Reads only the case's own records.
 */
export async function mustHaveConsent(
  ctx: ActorContext,
  caseId: string,
  need: ConsentNeed & { recipientLabel?: string },
  overrideId?: string,
): Promise<{ overrideId: string | null }> {
  const rows = await ctx.tx.select().from(protectionConsents).where(eq(protectionConsents.caseId, caseId));
  const records: ConsentRecord[] = rows.map((r) => ({
    purpose: r.purpose as ConsentRecord['purpose'],
    recipientAgencyId: r.recipientAgencyId,
    recipientJurisdiction: r.recipientJurisdiction as ConsentRecord['recipientJurisdiction'],
    service: r.service as ConsentRecord['service'],
    status: r.status as ConsentRecord['status'],
    recordedAt: r.recordedAt.toISOString(),
  }));
  const answer = consentFor(records, need);
  if (answer.covered) return { overrideId: null };
  if (overrideId) {
    const [override] = await ctx.tx
      .select()
      .from(protectionConsentOverrides)
      .where(
        and(
          eq(protectionConsentOverrides.id, overrideId),
          eq(protectionConsentOverrides.caseId, caseId),
          eq(protectionConsentOverrides.purpose, need.purpose),
        ),
      );
    if (override && override.recipientAgencyId === (need.recipientAgencyId ?? null))
      return { overrideId: override.id };
    throw new AppError('validation', 'no override of this case covers this purpose and recipient', {
      field: 'overrideId',
    });
  }
  const recipient = need.recipientLabel ?? (await recipientName(ctx, need));
  const service = need.service ? ` for ${need.service.replaceAll('_', ' ')}` : '';
  const why =
    answer.reason === 'none'
      ? 'no consent is recorded'
      : `the person ${answer.reason} it on ${answer.record!.recordedAt.slice(0, 10)}`;
  throw new AppError(
    'consent_missing',
    `the person's consent to ${PURPOSE_WORDS[need.purpose]} ${recipient}${service} is missing: ${why}`.replace(
      /\s+:/,
      ':',
    ),
    { field: 'consent' },
  );
}
