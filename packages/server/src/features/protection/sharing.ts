/**
 * The case leaving its agency, always behind the person's consent (access/consent.ts): a
 * supervisor's override where the law allows one; a share with another agency of the jurisdiction
 * (investigators and prosecutors only under consent to cooperate with the authorities, and only
 * by the case's owner), showing the fields the owner chose; a transfer to another jurisdiction's
 * protection agency through a victim-referral request, carrying only the consented fields, which
 * the receiving caseworker accepts (opening a case there, the origin chain kept) or declines.
 * Withdrawing or refusing consent to a transfer stops it while it is pending.
 */
import { type CaseField, overrideAllowed, pickFields, SpokenLanguage, treatedAsChild } from '@veza/core';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHaveConsent } from '../../access/consent.ts';
import { has, mustHave } from '../../access/policies/capabilities.ts';
import { recordRead } from '../../access/reads.ts';
import {
  agencies,
  protectionCases,
  protectionConsentOverrides,
  protectionShares,
  protectionStageEvents,
  protectionTransfers,
} from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { closeRequest, createRequest, reply } from '../requests/index.ts';
import { notifyOnCase, usersWithRole } from './notify.ts';
import type {
  ConsentOverrideCreate,
  ProtectionCaseView,
  ShareCreate,
  ShareView,
  TransferAnswer,
  TransferCreate,
  TransferView,
} from './schema.ts';
import { agencyOf, type CaseRow, caseFor, present, today } from './service.ts';
import { caseRecord } from './work.ts';

/** Agencies whose staff investigate and prosecute: a share with them is cooperation with the authorities. */
const AUTHORITIES = new Set(['police', 'border_police', 'prosecution']);

async function agencyById(ctx: ActorContext, id: string, field: string) {
  const agency = await agencyOf(ctx, id);
  if (!agency) throw new AppError('validation', 'no agency of the directory has this id', { field });
  return agency;
}

/**
 * A supervisor's (or coordinator's) override of a missing consent: only for a child at risk of
 * serious harm, with the reason; audited, and the jurisdiction's coordinators and the case's
 * caseworker are told. The override then covers that one purpose and recipient.
 */
export async function overrideConsent(
  ctx: ActorContext,
  id: string,
  input: ConsentOverrideCreate,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'override_consent');
  const child = treatedAsChild({
    ageInDoubt: row.ageInDoubt || row.child,
    assessments: row.ageAssessments as never,
  });
  if (!overrideAllowed({ child }, input.ground, input.reason))
    throw new AppError(
      'validation',
      'the law allows sharing without consent only for a child at risk of serious harm',
      {
        field: 'ground',
      },
    );
  const recipient = await agencyById(ctx, input.recipientAgencyId, 'recipientAgencyId');
  if (recipient.jurisdiction !== row.jurisdiction)
    throw new AppError('validation', 'an override covers an agency of your jurisdiction', {
      field: 'recipientAgencyId',
    });
  const [override] = await ctx.tx
    .insert(protectionConsentOverrides)
    .values({
      caseId: row.id,
      jurisdiction: row.jurisdiction,
      purpose: input.purpose,
      recipientAgencyId: recipient.id,
      ground: input.ground,
      reason: input.reason,
      authorizedBy: ctx.actor.userId,
      authorizedAt: ctx.now,
    })
    .returning({ id: protectionConsentOverrides.id });
  await recordChange(ctx, 'create', 'protection_consent_override', override!.id, {
    caseId: row.id,
    purpose: input.purpose,
    recipient: recipient.id,
    ground: input.ground,
  });
  const told = [row.ownerId, ...(await usersWithRole(ctx, 'coordinator'))];
  await notifyOnCase(ctx, row.id, told, 'consent_overridden', `override:${override!.id}`, true);
  return present(ctx, row);
}

export function presentShare(s: typeof protectionShares.$inferSelect, agencyName: string): ShareView {
  return {
    id: s.id,
    caseId: s.caseId,
    agency: { id: s.agencyId, name: agencyName },
    purpose: s.purpose,
    fields: s.fields as CaseField[],
    shared: s.shared as Record<string, unknown>,
    sharedAt: s.sharedAt.toISOString(),
    revokedAt: s.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Shares the fields the owner chose with an agency of the jurisdiction: with investigators or
 * prosecutors only under the person's consent to cooperate with the authorities, with any other
 * agency under consent to share with that agency (or an override).
 */
export async function shareCase(
  ctx: ActorContext,
  id: string,
  input: ShareCreate & { overrideId?: string | undefined },
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'share');
  const agency = await agencyById(ctx, input.agencyId, 'agencyId');
  if (agency.jurisdiction !== row.jurisdiction)
    throw new AppError(
      'validation',
      'share with an agency of your jurisdiction; another jurisdiction gets a transfer',
      {
        field: 'agencyId',
      },
    );
  if (agency.id === row.agencyId)
    throw new AppError('validation', "the case's own agency already sees it", { field: 'agencyId' });
  const authorities = AUTHORITIES.has(agency.type);
  const purpose = authorities ? 'cooperation_with_authorities' : 'share_with_agency';
  const { overrideId } = await mustHaveConsent(
    ctx,
    row.id,
    authorities
      ? { purpose, recipientLabel: agency.name }
      : { purpose, recipientAgencyId: agency.id, recipientLabel: agency.name },
    authorities ? undefined : input.overrideId,
  );
  const shared = pickFields(await caseRecord(ctx, row), input.fields);
  await ctx.tx
    .update(protectionShares)
    .set({ revokedAt: ctx.now })
    .where(
      and(
        eq(protectionShares.caseId, row.id),
        eq(protectionShares.agencyId, agency.id),
        isNull(protectionShares.revokedAt),
      ),
    );
  const [share] = await ctx.tx
    .insert(protectionShares)
    .values({
      caseId: row.id,
      jurisdiction: row.jurisdiction,
      agencyId: agency.id,
      purpose,
      fields: input.fields,
      shared,
      overrideId,
      sharedBy: ctx.actor.userId,
      sharedAt: ctx.now,
    })
    .returning({ id: protectionShares.id });
  await recordChange(ctx, 'create', 'protection_share', share!.id, {
    caseId: row.id,
    agency: agency.id,
    purpose,
    fields: input.fields,
  });
  return present(ctx, row);
}

export async function revokeShare(
  ctx: ActorContext,
  id: string,
  shareId: string,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'share');
  const [share] = await ctx.tx
    .update(protectionShares)
    .set({ revokedAt: ctx.now })
    .where(
      and(
        eq(protectionShares.id, shareId),
        eq(protectionShares.caseId, row.id),
        isNull(protectionShares.revokedAt),
      ),
    )
    .returning({ id: protectionShares.id });
  if (!share) throw notFound('Share');
  await recordChange(ctx, 'update', 'protection_share', shareId, { revoked: true });
  return present(ctx, row);
}

/** What was shared with the actor's agency and is still shared: the chosen fields only. */
export async function sharedWithMyAgency(ctx: ActorContext): Promise<ShareView[]> {
  mustHave(ctx.actor, 'receiveProtectionShares');
  const rows = await ctx.tx
    .select({ s: protectionShares, name: agencies.name })
    .from(protectionShares)
    .innerJoin(agencies, eq(agencies.id, protectionShares.agencyId))
    .where(
      and(
        eq(protectionShares.agencyId, ctx.actor.agencyId),
        eq(protectionShares.jurisdiction, ctx.actor.jurisdiction),
        isNull(protectionShares.revokedAt),
      ),
    )
    .orderBy(desc(protectionShares.sharedAt))
    .limit(500);
  const views = rows.map(({ s, name }) => presentShare(s, name));
  await recordRead(ctx, { recordType: 'protection_shares', details: { shares: views.map((v) => v.id) } });
  return views;
}

type TransferRow = typeof protectionTransfers.$inferSelect;

export function presentTransfer(t: TransferRow, agencyName: string): TransferView {
  return {
    id: t.id,
    caseId: t.caseId,
    fromJurisdiction: t.jurisdiction,
    toJurisdiction: t.toJurisdiction,
    toAgency: { id: t.toAgencyId, name: agencyName },
    requestId: t.requestId,
    fields: t.fields as CaseField[],
    shared: t.shared as Record<string, unknown>,
    originChain: t.originChain as TransferView['originChain'],
    status: t.status as TransferView['status'],
    reason: t.reason,
    newCaseId: t.newCaseId,
    proposedAt: t.proposedAt.toISOString(),
    decidedAt: t.decidedAt?.toISOString() ?? null,
  };
}

/**
 * Proposes handing the case over to another jurisdiction's protection agency: under the person's
 * consent to that transfer, through a victim-referral request to the agency, with the fields the
 * caseworker chose (and the person agreed to) travelling on the transfer.
 */
export async function proposeTransfer(
  ctx: ActorContext,
  id: string,
  input: TransferCreate,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'transfer');
  const agency = await agencyById(ctx, input.toAgencyId, 'toAgencyId');
  if (agency.jurisdiction === row.jurisdiction)
    throw new AppError(
      'validation',
      'a transfer goes to another jurisdiction; within yours, refer or share',
      {
        field: 'toAgencyId',
      },
    );
  await mustHaveConsent(ctx, row.id, {
    purpose: 'cross_border_transfer',
    recipientJurisdiction: agency.jurisdiction,
  });
  const [pending] = await ctx.tx
    .select({ id: protectionTransfers.id })
    .from(protectionTransfers)
    .where(and(eq(protectionTransfers.caseId, row.id), eq(protectionTransfers.status, 'proposed')));
  if (pending) throw new AppError('conflict', 'a transfer of this case is already waiting for an answer');
  const shared = pickFields(await caseRecord(ctx, row), input.fields);
  const language = SpokenLanguage.safeParse((row.languages as string[])[0]);
  const requestId = await createRequest(ctx, {
    type: 'victim_referral',
    toAgencyId: agency.id,
    subject: row.child ? 'Transfer of a protection case (a child)' : 'Transfer of a protection case',
    body:
      input.note ??
      'A presumed victim has moved on to your jurisdiction and consented to the transfer of their protection case. The consented fields travel with the transfer; accept it to open the case with you, without a new interview.',
    priority: row.child ? 'urgent' : 'high',
    handlingCode: 'H2',
    language: language.success ? language.data : 'en',
    links: [],
    send: true,
  });
  const originChain = [
    ...(row.originChain as TransferView['originChain']),
    { jurisdiction: row.jurisdiction, caseId: row.id, transferredOn: today(ctx) },
  ];
  const [transfer] = await ctx.tx
    .insert(protectionTransfers)
    .values({
      caseId: row.id,
      jurisdiction: row.jurisdiction,
      toJurisdiction: agency.jurisdiction,
      toAgencyId: agency.id,
      requestId,
      fields: input.fields,
      shared,
      originChain,
      proposedBy: ctx.actor.userId,
      proposedAt: ctx.now,
    })
    .returning({ id: protectionTransfers.id });
  await recordChange(ctx, 'create', 'protection_transfer', transfer!.id, {
    caseId: row.id,
    to: agency.id,
    request: requestId,
    fields: input.fields,
  });
  return present(ctx, row);
}

/** Stops the case's pending transfers to a jurisdiction: the person withdrew or refused consent. */
export async function stopTransfers(ctx: ActorContext, row: CaseRow, toJurisdiction: string, reason: string) {
  const stopped = await ctx.tx
    .update(protectionTransfers)
    .set({ status: 'stopped', reason, decidedBy: ctx.actor.userId, decidedAt: ctx.now })
    .where(
      and(
        eq(protectionTransfers.caseId, row.id),
        eq(protectionTransfers.toJurisdiction, toJurisdiction),
        eq(protectionTransfers.status, 'proposed'),
      ),
    )
    .returning();
  for (const t of stopped) {
    if (t.requestId) await closeRequest(ctx, t.requestId, 'close');
    await recordChange(ctx, 'update', 'protection_transfer', t.id, { stopped: reason });
  }
  return stopped.length;
}

/** Transfers to the actor's agency (or, for coordinators, jurisdiction) and what became of them. */
export async function incomingTransfers(ctx: ActorContext): Promise<TransferView[]> {
  mustHave(ctx.actor, 'readProtectionCases');
  const rows = await ctx.tx
    .select({ t: protectionTransfers, name: agencies.name })
    .from(protectionTransfers)
    .innerJoin(agencies, eq(agencies.id, protectionTransfers.toAgencyId))
    .where(eq(protectionTransfers.toJurisdiction, ctx.actor.jurisdiction))
    .orderBy(desc(protectionTransfers.proposedAt))
    .limit(500);
  return rows
    .filter(({ t }) => t.status !== 'stopped')
    .filter(({ t }) => t.toAgencyId === ctx.actor.agencyId || has(ctx.actor, 'runReferralMechanism'))
    .map(({ t, name }) => presentTransfer(t, name));
}

/**
 * The receiving caseworker's answer. Accepting opens a case in their jurisdiction with the
 * consented fields only, the origin chain kept and the person not interviewed again; the request
 * is answered, and the sending side sees the handover.
 */
export async function answerTransfer(
  ctx: ActorContext,
  transferId: string,
  input: TransferAnswer,
): Promise<{ transfer: TransferView; caseId: string | null }> {
  mustHave(ctx.actor, 'openProtectionCases');
  const [t] = await ctx.tx.select().from(protectionTransfers).where(eq(protectionTransfers.id, transferId));
  if (
    !t ||
    t.toJurisdiction !== ctx.actor.jurisdiction ||
    t.toAgencyId !== ctx.actor.agencyId ||
    t.status === 'stopped'
  )
    throw notFound('Transfer');
  if (t.status !== 'proposed') throw new AppError('conflict', `this transfer was already ${t.status}`);
  let caseId: string | null = null;
  if (input.decision === 'accepted') {
    const s = t.shared as Partial<Record<CaseField, unknown>>;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const [opened] = await ctx.tx
      .insert(protectionCases)
      .values({
        jurisdiction: ctx.actor.jurisdiction,
        handlingCode: 'H2',
        createdBy: ctx.actor.userId,
        updatedBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        agencyId: ctx.actor.agencyId,
        ownerId: ctx.actor.userId,
        referralRequestId: t.requestId,
        givenNames: str(s.givenNames),
        familyNames: str(s.familyNames),
        birthDate: str(s.birthDate),
        sex: str(s.sex),
        nationality: str(s.nationality),
        languages: Array.isArray(s.languages) ? s.languages : [],
        // A child stays a child across the border; where the field did not travel, the doubt does.
        child: s.child === undefined ? false : Boolean(s.child),
        ageInDoubt: s.child === undefined,
        openedOn: today(ctx),
        originJurisdiction: t.jurisdiction,
        originCaseId: t.caseId,
        originChain: t.originChain,
      })
      .returning({ id: protectionCases.id, jurisdiction: protectionCases.jurisdiction });
    caseId = opened!.id;
    await ctx.tx.insert(protectionStageEvents).values({
      caseId,
      jurisdiction: opened!.jurisdiction,
      stage: 'referral_received',
      decision: 'transferred_in',
      decidedOn: today(ctx),
      agencyId: ctx.actor.agencyId,
      reasons: `transferred from ${t.jurisdiction}`,
      recordedBy: ctx.actor.userId,
      recordedAt: ctx.now,
    });
    await recordChange(ctx, 'create', 'protection_case', caseId, {
      transferredFrom: t.jurisdiction,
      transfer: t.id,
    });
  }
  const [updated] = await ctx.tx
    .update(protectionTransfers)
    .set({
      status: input.decision,
      reason: input.reason ?? null,
      newCaseId: caseId,
      decidedBy: ctx.actor.userId,
      decidedAt: ctx.now,
    })
    .where(and(eq(protectionTransfers.id, transferId), eq(protectionTransfers.status, 'proposed')))
    .returning();
  if (!updated) throw new AppError('conflict', 'the transfer changed meanwhile; reload it');
  if (t.requestId)
    await reply(ctx, t.requestId, {
      body:
        input.decision === 'accepted'
          ? 'Transfer accepted: the case is open with us.'
          : `Transfer declined: ${input.reason ?? ''}`.trim(),
      handlingCode: 'H2',
      shares: [],
      answers: true,
    });
  await recordChange(ctx, 'update', 'protection_transfer', transferId, { decision: input.decision });
  const agency = await agencyOf(ctx, t.toAgencyId);
  return { transfer: presentTransfer(updated, agency?.name ?? '—'), caseId };
}
