/**
 * Protection cases: opened from a screening, a victim-referral request or directly, owned by a
 * caseworker of the agency with a supervisor; the reasonable-grounds decision that starts the
 * recovery and reflection period; stages moved along the jurisdiction's NRM pathway; consents
 * recorded; closing (a child's case only after a best-interests determination) and reopening.
 * Every rule is core's (core/src/protection); who may do what is access/policies/protection.ts.
 */
import {
  canMoveStage,
  DEFAULT_NRM_PATHWAY,
  daysLeft,
  mayClose,
  NrmPathway,
  noRemoval,
  type ProtectionStage,
  type ReflectionExtension,
  type ReflectionPeriod,
  reflectionPeriod,
} from '@veza/core';
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import {
  PROTECTION_OFFERED,
  type ProtectionAction,
  protectionPolicy,
  visibleProtectionCases,
} from '../../access/policies/protection.ts';
import { allowedActions, authorize, can } from '../../access/policy.ts';
import { openRecord } from '../../access/reads.ts';
import { atVersion } from '../../access/versioning.ts';
import {
  agencies,
  protectionCases,
  protectionConsents,
  protectionPathways,
  protectionStageEvents,
  requests,
  screenings,
  users,
} from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { requestApproval, supersedeWaiting } from './approvals.ts';
import { caseWork } from './present.ts';
import type {
  CaseClosure,
  ConsentCreate,
  ProtectionCaseListQuery,
  ProtectionCaseOpen,
  ProtectionCaseSummary,
  ProtectionCaseView,
  ReasonableGroundsDecision,
  StageMove,
} from './schema.ts';
import { stopTransfers } from './sharing.ts';

export type CaseRow = typeof protectionCases.$inferSelect;

export const today = (ctx: ActorContext) => ctx.now.toISOString().slice(0, 10);

/** The jurisdiction's NRM pathway, or the handbook's default where it has set none. */
export async function pathwayOf(ctx: ActorContext): Promise<NrmPathway> {
  const [row] = await ctx.tx
    .select({ definition: protectionPathways.definition })
    .from(protectionPathways)
    .where(eq(protectionPathways.jurisdiction, ctx.actor.jurisdiction));
  const parsed = row ? NrmPathway.safeParse(row.definition) : null;
  return parsed?.success ? parsed.data : DEFAULT_NRM_PATHWAY;
}

/**
 * Sets the jurisdiction's NRM pathway (coordinators): its reflection days (never fewer than 30),
 * retention years and stages with the kind of agency responsible for each. Cases already in a stage
 * the new pathway drops keep it; they move on from there along the stages they may reach.
 */
export async function setPathway(ctx: ActorContext, input: NrmPathway): Promise<NrmPathway> {
  mustHave(ctx.actor, 'runReferralMechanism');
  const parsed = NrmPathway.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('validation', issue.message, { field: issue.path.join('.') });
  }
  await ctx.tx
    .insert(protectionPathways)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      definition: parsed.data,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    })
    .onConflictDoUpdate({
      target: protectionPathways.jurisdiction,
      set: { definition: parsed.data, updatedBy: ctx.actor.userId, updatedAt: ctx.now },
    });
  await recordChange(ctx, 'settings', 'protection_pathway', null, {
    reflectionDays: parsed.data.reflectionDays,
    retentionYears: parsed.data.retentionYears,
    stages: parsed.data.stages.map((x) => x.stage),
  });
  return parsed.data;
}

/** An agency of the directory, by id (any jurisdiction's: the directory is the region's). */
export async function agencyOf(ctx: ActorContext, id: string) {
  const [agency] = await ctx.tx
    .select({
      id: agencies.id,
      name: agencies.name,
      jurisdiction: agencies.jurisdiction,
      type: agencies.type,
    })
    .from(agencies)
    .where(eq(agencies.id, id));
  return agency;
}

/** A caseworker of the actor's agency, by id: the owner or supervisor a case can have. */
async function agencyCaseworker(ctx: ActorContext, id: string, field: string) {
  const [user] = await ctx.tx
    .select({
      id: users.id,
      name: users.displayName,
      agencyId: users.agencyId,
      roles: users.roles,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user || user.agencyId !== ctx.actor.agencyId || !user.roles.includes('caseworker') || user.disabledAt)
    throw new AppError('validation', 'choose an active caseworker of your agency', { field });
  return user;
}

export function personName(row: Pick<CaseRow, 'givenNames' | 'familyNames' | 'erasedAt'>): string {
  if (row.erasedAt) return '—';
  return [row.givenNames, row.familyNames].filter(Boolean).join(' ') || '—';
}

/** Who may supervise the actor's cases: the other active caseworkers of their agency. */
export async function possibleSupervisors(ctx: ActorContext): Promise<{ id: string; name: string }[]> {
  mustHave(ctx.actor, 'openProtectionCases');
  const rows = await ctx.tx
    .select({ id: users.id, name: users.displayName, roles: users.roles, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.agencyId, ctx.actor.agencyId))
    .orderBy(asc(users.displayName));
  return rows
    .filter((u) => u.id !== ctx.actor.userId && !u.disabledAt && u.roles.includes('caseworker'))
    .map(({ id, name }) => ({ id, name }));
}

export async function openProtectionCase(
  ctx: ActorContext,
  input: ProtectionCaseOpen,
): Promise<ProtectionCaseView> {
  mustHave(ctx.actor, 'openProtectionCases');
  let child = input.child;
  let ageInDoubt = input.ageInDoubt;
  if (input.screeningId) {
    // Row-level security shows only a screening the actor may see: their agency's, or one referred to it.
    const [screening] = await ctx.tx
      .select({ id: screenings.id, result: screenings.result })
      .from(screenings)
      .where(eq(screenings.id, input.screeningId));
    if (!screening)
      throw new AppError('validation', 'no screening you may see has this id', { field: 'screeningId' });
    const result = screening.result as { child?: boolean; ageBasis?: string };
    child ||= Boolean(result.child);
    ageInDoubt ||= result.ageBasis === 'appearance';
  }
  if (input.referralRequestId) {
    const [request] = await ctx.tx
      .select({ id: requests.id, type: requests.type })
      .from(requests)
      .where(eq(requests.id, input.referralRequestId));
    if (request?.type !== 'victim_referral')
      throw new AppError('validation', 'no victim referral you may see has this id', {
        field: 'referralRequestId',
      });
  }
  if (input.supervisorId === ctx.actor.userId)
    throw new AppError('validation', 'the supervisor is someone other than the caseworker', {
      field: 'supervisorId',
    });
  if (input.supervisorId) await agencyCaseworker(ctx, input.supervisorId, 'supervisorId');
  const openedOn = input.openedOn ?? today(ctx);
  if (openedOn > today(ctx))
    throw new AppError('validation', 'a case cannot be opened in the future', { field: 'openedOn' });
  const [row] = await ctx.tx
    .insert(protectionCases)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: input.handlingCode,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      agencyId: ctx.actor.agencyId,
      ownerId: ctx.actor.userId,
      supervisorId: input.supervisorId ?? null,
      screeningId: input.screeningId ?? null,
      referralRequestId: input.referralRequestId ?? null,
      givenNames: input.givenNames ?? null,
      familyNames: input.familyNames ?? null,
      birthDate: input.birthDate ?? null,
      sex: input.sex ?? null,
      nationality: input.nationality ?? null,
      languages: input.languages,
      child,
      ageInDoubt,
      openedOn,
    })
    .returning();
  await ctx.tx.insert(protectionStageEvents).values({
    caseId: row!.id,
    jurisdiction: row!.jurisdiction,
    stage: 'referral_received',
    decidedOn: openedOn,
    agencyId: ctx.actor.agencyId,
    recordedBy: ctx.actor.userId,
    recordedAt: ctx.now,
  });
  await recordChange(ctx, 'create', 'protection_case', row!.id, {
    child,
    screeningId: input.screeningId ?? null,
    referralRequestId: input.referralRequestId ?? null,
  });
  return present(ctx, row!);
}

export async function loadCase(ctx: ActorContext, id: string): Promise<CaseRow | undefined> {
  const [row] = await ctx.tx.select().from(protectionCases).where(eq(protectionCases.id, id));
  return row;
}

/** The case, once the actor may take the action on it (not found if they may not see it). */
export async function caseFor(ctx: ActorContext, id: string, action: ProtectionAction): Promise<CaseRow> {
  const row = await loadCase(ctx, id);
  return authorize(protectionPolicy, ctx.actor, action, row, 'Protection case');
}

export async function getProtectionCase(
  ctx: ActorContext,
  id: string,
  purpose?: string,
): Promise<ProtectionCaseView> {
  mustHave(ctx.actor, 'readProtectionCases');
  const row = await openRecord(ctx, protectionPolicy, await loadCase(ctx, id), 'Protection case', {
    recordType: 'protection_case',
    recordId: id,
    purpose: purpose ?? null,
  });
  return present(ctx, row);
}

/** The case's reflection period, rebuilt from its first day, its stored length and its extensions. */
export function periodOf(
  row: Pick<CaseRow, 'reflectionStartsOn' | 'reflectionDays' | 'reflectionExtensions'>,
): ReflectionPeriod | null {
  if (!row.reflectionStartsOn || !row.reflectionDays) return null;
  const extensions = row.reflectionExtensions as ReflectionExtension[];
  const base = row.reflectionDays - extensions.reduce((s, e) => s + e.days, 0);
  return reflectionPeriod(row.reflectionStartsOn, base, extensions);
}

function reflectionOf(row: CaseRow, on: string) {
  const period = periodOf(row);
  if (!period) return null;
  return {
    startsOn: period.startsOn,
    lastDay: period.lastDay,
    days: period.days,
    daysLeft: daysLeft(period, on),
    noRemoval: row.status === 'open' && noRemoval(period, on),
    extensions: [...period.extensions],
  };
}

export async function present(ctx: ActorContext, row: CaseRow): Promise<ProtectionCaseView> {
  const people = await ctx.tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [row.ownerId, ...(row.supervisorId ? [row.supervisorId] : [])]));
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '—';
  const [agency] = await ctx.tx
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, row.agencyId));
  const events = await ctx.tx
    .select()
    .from(protectionStageEvents)
    .where(eq(protectionStageEvents.caseId, row.id))
    .orderBy(asc(protectionStageEvents.recordedAt));
  const consents = await ctx.tx
    .select({ consent: protectionConsents, agencyName: agencies.name })
    .from(protectionConsents)
    .leftJoin(agencies, eq(agencies.id, protectionConsents.recipientAgencyId))
    .where(eq(protectionConsents.caseId, row.id))
    .orderBy(asc(protectionConsents.recordedAt));
  const erased = Boolean(row.erasedAt);
  const work = await caseWork(ctx, row);
  const pathway = await pathwayOf(ctx);
  return {
    id: row.id,
    jurisdiction: row.jurisdiction,
    handlingCode: row.handlingCode,
    isDemo: row.isDemo,
    version: row.version,
    agency: { id: agency!.id, name: agency!.name },
    owner: { id: row.ownerId, name: nameOf(row.ownerId) },
    supervisor: row.supervisorId ? { id: row.supervisorId, name: nameOf(row.supervisorId) } : null,
    screeningId: row.screeningId,
    referralRequestId: row.referralRequestId,
    givenNames: erased ? null : row.givenNames,
    familyNames: erased ? null : row.familyNames,
    birthDate: erased ? null : row.birthDate,
    sex: row.sex,
    nationality: row.nationality,
    languages: row.languages as string[],
    child: row.child,
    ageInDoubt: row.ageInDoubt,
    stage: row.stage as ProtectionStage,
    stageResponsible: pathway.stages.find((x) => x.stage === row.stage)?.responsible ?? null,
    nextStages: pathway.stages.find((x) => x.stage === row.stage)?.next ?? [],
    status: row.status as 'open' | 'closed',
    openedOn: row.openedOn,
    reasonableGrounds: row.reasonableGrounds,
    identification: row.identification,
    reflection: reflectionOf(row, today(ctx)),
    bestInterestsDeterminedOn: row.bestInterestsDeterminedOn,
    closedOn: row.closedOn,
    closureOutcome: row.closureOutcome,
    closureReason: row.closureReason,
    originJurisdiction: row.originJurisdiction,
    originChain: row.originChain as ProtectionCaseView['originChain'],
    guardianName: erased ? null : row.guardianName,
    guardianAppointedOn: row.guardianAppointedOn,
    bestInterestsAssessedOn: row.bestInterestsAssessedOn,
    bestInterestsDeterminedBy: row.bestInterestsDeterminedBy,
    ageAssessments: row.ageAssessments as ProtectionCaseView['ageAssessments'],
    erased,
    ...work,
    events: events.map((e) => ({
      stage: e.stage as ProtectionStage,
      decision: e.decision,
      decidedOn: e.decidedOn,
      reasons: e.reasons,
      recordedAt: e.recordedAt.toISOString(),
    })),
    consents: consents.map(({ consent: c, agencyName }) => ({
      id: c.id,
      purpose: c.purpose as ProtectionCaseView['consents'][number]['purpose'],
      recipientAgency: c.recipientAgencyId ? { id: c.recipientAgencyId, name: agencyName ?? '—' } : null,
      recipientJurisdiction: c.recipientJurisdiction,
      service: c.service,
      status: c.status as ProtectionCaseView['consents'][number]['status'],
      language: c.language,
      witnessedBy: erased ? null : c.witnessedBy,
      recordedAt: c.recordedAt.toISOString(),
    })),
    allowedActions: allowedActions(protectionPolicy, ctx.actor, row, PROTECTION_OFFERED),
  };
}

export async function listProtectionCases(
  ctx: ActorContext,
  query: ProtectionCaseListQuery,
): Promise<{ cases: ProtectionCaseSummary[]; total: number }> {
  mustHave(ctx.actor, 'readProtectionCases');
  const t = protectionCases;
  const conditions: SQL[] = [visibleProtectionCases(ctx.actor)];
  if (query.status) conditions.push(eq(t.status, query.status));
  if (query.stage) conditions.push(eq(t.stage, query.stage));
  if (query.child !== undefined) conditions.push(eq(t.child, query.child));
  if (query.mine) conditions.push(or(eq(t.ownerId, ctx.actor.userId), eq(t.supervisorId, ctx.actor.userId))!);
  if (query.reflectionEndsWithin !== undefined) {
    const from = today(ctx);
    const to = new Date(ctx.now.getTime() + query.reflectionEndsWithin * 86_400_000)
      .toISOString()
      .slice(0, 10);
    conditions.push(eq(t.status, 'open'), gte(t.reflectionLastDay, from), lte(t.reflectionLastDay, to));
  }
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(t.givenNames, like), ilike(t.familyNames, like))!);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    ctx.tx
      .select({ c: t, ownerName: users.displayName })
      .from(t)
      .innerJoin(users, eq(users.id, t.ownerId))
      .where(where)
      .orderBy(
        query.reflectionEndsWithin !== undefined ? asc(t.reflectionLastDay) : desc(t.openedOn),
        desc(t.id),
      )
      .limit(query.limit)
      .offset(query.offset),
    ctx.tx.select({ n: count() }).from(t).where(where),
  ]);
  const on = today(ctx);
  return {
    total: Number(total?.n ?? 0),
    cases: rows.map(({ c, ownerName }) => ({
      id: c.id,
      name: personName(c),
      child: c.child,
      stage: c.stage as ProtectionStage,
      status: c.status as 'open' | 'closed',
      openedOn: c.openedOn,
      owner: { id: c.ownerId, name: ownerName },
      reflectionLastDay: c.reflectionLastDay,
      noRemoval: reflectionOf(c, on)?.noRemoval ?? false,
    })),
  };
}

/** Writes a change to the case at the version the actor saw, bumping it; stale versions are refused. */
export async function change(
  ctx: ActorContext,
  row: CaseRow,
  version: number,
  set: Partial<typeof protectionCases.$inferInsert>,
) {
  const [updated] = await ctx.tx
    .update(protectionCases)
    .set({
      ...set,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
      version: sql`${protectionCases.version} + 1`,
    })
    .where(atVersion(protectionCases, row.id, version))
    .returning();
  if (!updated) throw staleVersion('The protection case');
  return updated;
}

export async function stageEvent(
  ctx: ActorContext,
  row: CaseRow,
  stage: string,
  decidedOn: string,
  decision: string | null,
  reasons: string | null,
) {
  await ctx.tx.insert(protectionStageEvents).values({
    caseId: row.id,
    jurisdiction: row.jurisdiction,
    stage,
    decision,
    decidedOn,
    agencyId: ctx.actor.agencyId,
    reasons,
    recordedBy: ctx.actor.userId,
    recordedAt: ctx.now,
  });
}

export function notBefore(row: CaseRow, day: string, field: string, ctx: ActorContext) {
  if (day < row.openedOn)
    throw new AppError('validation', 'a decision cannot be dated before the case was opened', { field });
  if (day > today(ctx))
    throw new AppError('validation', 'a decision cannot be dated in the future', { field });
}

/**
 * The reasonable-grounds decision. A caseworker's decision goes to the case's supervisor (or the
 * jurisdiction's coordinators) for approval; an approver's own decision stands at once. A presumed
 * victim enters the recovery and reflection period, counted from the day of the decision (not of
 * the approval) for the jurisdiction's number of days (at least 30); while the decision waits for
 * approval the person is not to be removed either (Convention art. 10(2)).
 */
export async function decideReasonableGrounds(
  ctx: ActorContext,
  id: string,
  input: ReasonableGroundsDecision,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'decide_reasonable_grounds');
  notBefore(row, input.decidedOn, 'decidedOn', ctx);
  const proposal = { decision: input.decision, decidedOn: input.decidedOn, reasons: input.reasons };
  if (can(protectionPolicy, ctx.actor, 'approve', row)) {
    const updated = await applyReasonableGrounds(ctx, row, input.version, proposal);
    await supersedeWaiting(ctx, row.id, 'reasonable_grounds');
    return present(ctx, updated);
  }
  const updated = await requestApproval(ctx, row, input.version, 'reasonable_grounds', proposal);
  return present(ctx, updated);
}

export async function applyReasonableGrounds(
  ctx: ActorContext,
  row: CaseRow,
  version: number,
  proposal: { decision: string; decidedOn: string; reasons: string },
): Promise<CaseRow> {
  const pathway = await pathwayOf(ctx);
  const presumed = proposal.decision === 'presumed_victim';
  const period = presumed ? reflectionPeriod(proposal.decidedOn, pathway.reflectionDays) : null;
  const updated = await change(ctx, row, version, {
    reasonableGrounds: proposal.decision,
    stage: presumed ? 'reflection_period' : 'reasonable_grounds',
    reflectionStartsOn: period?.startsOn ?? null,
    reflectionDays: period?.days ?? null,
    reflectionLastDay: period?.lastDay ?? null,
    reflectionExtensions: [],
  });
  await stageEvent(ctx, row, 'reasonable_grounds', proposal.decidedOn, proposal.decision, proposal.reasons);
  if (period) await stageEvent(ctx, row, 'reflection_period', proposal.decidedOn, null, null);
  await recordChange(ctx, 'update', 'protection_case', row.id, {
    reasonableGrounds: proposal.decision,
    reflectionLastDay: period?.lastDay ?? null,
  });
  return updated;
}

/** Moves the case along the jurisdiction's pathway, recording the decision taken. */
export async function moveStage(
  ctx: ActorContext,
  id: string,
  input: StageMove,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'move_stage');
  if (input.stage === 'closed')
    throw new AppError('validation', 'close a case with its outcome and reason', { field: 'stage' });
  const pathway = await pathwayOf(ctx);
  if (!canMoveStage(pathway, row.stage as ProtectionStage, input.stage))
    throw new AppError('validation', `the pathway does not lead from ${row.stage} to ${input.stage}`, {
      field: 'stage',
    });
  if (input.stage === 'formal_identification' && !input.identification)
    throw new AppError('validation', 'say whether the person was identified as a victim', {
      field: 'identification',
    });
  notBefore(row, input.decidedOn, 'decidedOn', ctx);
  const updated = await change(ctx, row, input.version, {
    stage: input.stage,
    ...(input.identification ? { identification: input.identification } : {}),
  });
  await stageEvent(
    ctx,
    row,
    input.stage,
    input.decidedOn,
    input.identification ?? null,
    input.reasons ?? null,
  );
  await recordChange(ctx, 'update', 'protection_case', id, { stage: input.stage });
  return present(ctx, updated);
}

export async function extendReflection(
  ctx: ActorContext,
  id: string,
  input: { days: number; reason: string; version: number },
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'update');
  const current = periodOf(row);
  if (!current)
    throw new AppError('validation', 'the reflection period starts with a reasonable-grounds decision', {
      field: 'days',
    });
  const extensions = [
    ...current.extensions,
    { days: input.days, reason: input.reason, grantedOn: today(ctx) },
  ];
  const period = reflectionPeriod(current.startsOn, current.baseDays, extensions);
  const updated = await change(ctx, row, input.version, {
    reflectionDays: period.days,
    reflectionLastDay: period.lastDay,
    reflectionExtensions: extensions,
  });
  await recordChange(ctx, 'update', 'protection_case', id, {
    reflectionExtended: input.days,
    reflectionLastDay: period.lastDay,
  });
  return present(ctx, updated);
}

export async function determineBestInterests(
  ctx: ActorContext,
  id: string,
  input: { assessedOn?: string | undefined; determinedOn: string; determinedBy: string; version: number },
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'update');
  if (!row.child)
    throw new AppError('validation', 'a best-interests determination is for a child', {
      field: 'determinedOn',
    });
  if (input.assessedOn) notBefore(row, input.assessedOn, 'assessedOn', ctx);
  notBefore(row, input.determinedOn, 'determinedOn', ctx);
  const updated = await change(ctx, row, input.version, {
    bestInterestsAssessedOn: input.assessedOn ?? null,
    bestInterestsDeterminedOn: input.determinedOn,
    bestInterestsDeterminedBy: input.determinedBy,
  });
  await recordChange(ctx, 'update', 'protection_case', id, { bestInterestsDeterminedOn: input.determinedOn });
  return present(ctx, updated);
}

export async function recordConsent(
  ctx: ActorContext,
  id: string,
  input: ConsentCreate,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'record_consent');
  if (input.recipientAgencyId && !(await agencyOf(ctx, input.recipientAgencyId)))
    throw new AppError('validation', 'no agency has this id', { field: 'recipientAgencyId' });
  const [consent] = await ctx.tx
    .insert(protectionConsents)
    .values({
      caseId: row.id,
      jurisdiction: row.jurisdiction,
      purpose: input.purpose,
      recipientAgencyId: input.recipientAgencyId ?? null,
      recipientJurisdiction: input.recipientJurisdiction ?? null,
      service: input.service ?? null,
      status: input.status,
      language: input.language,
      witnessedBy: input.witnessedBy ?? null,
      recordedBy: ctx.actor.userId,
      recordedAt: ctx.now,
    })
    .returning({ id: protectionConsents.id });
  await recordChange(ctx, 'create', 'protection_consent', consent!.id, {
    caseId: row.id,
    purpose: input.purpose,
    status: input.status,
  });
  if (input.purpose === 'cross_border_transfer' && input.status !== 'given' && input.recipientJurisdiction)
    await stopTransfers(ctx, row, input.recipientJurisdiction, `consent ${input.status}`);
  return present(ctx, row);
}

/**
 * Asks for the case to close: a child's case only after a best-interests determination. The
 * closure takes effect when the supervisor (or a coordinator) approves it.
 */
export async function closeProtectionCase(
  ctx: ActorContext,
  id: string,
  input: CaseClosure,
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'close');
  refuseClosingWithoutBestInterests(row);
  notBefore(row, input.closedOn, 'closedOn', ctx);
  const proposal = { outcome: input.outcome, reason: input.reason, closedOn: input.closedOn };
  const updated = await requestApproval(ctx, row, input.version, 'closure', proposal);
  return present(ctx, updated);
}

function refuseClosingWithoutBestInterests(row: CaseRow) {
  const check = mayClose({ child: row.child, bestInterestsDeterminedOn: row.bestInterestsDeterminedOn });
  if (!check.ok)
    throw new AppError('validation', "a child's case closes only after a best-interests determination", {
      field: 'bestInterestsDeterminedOn',
    });
}

export async function applyClosure(
  ctx: ActorContext,
  row: CaseRow,
  proposal: { outcome: string; reason: string; closedOn: string },
): Promise<CaseRow> {
  if (row.status !== 'open') throw new AppError('conflict', 'the case is already closed');
  refuseClosingWithoutBestInterests(row);
  const updated = await change(ctx, row, row.version, {
    status: 'closed',
    stage: 'closed',
    closedOn: proposal.closedOn,
    closureOutcome: proposal.outcome,
    closureReason: proposal.reason,
  });
  await stageEvent(ctx, row, 'closed', proposal.closedOn, proposal.outcome, proposal.reason);
  await recordChange(ctx, 'update', 'protection_case', row.id, { closed: proposal.outcome });
  return updated;
}

export async function reopenProtectionCase(
  ctx: ActorContext,
  id: string,
  input: { reason: string; version: number },
): Promise<ProtectionCaseView> {
  const row = await caseFor(ctx, id, 'reopen');
  const updated = await change(ctx, row, input.version, {
    status: 'open',
    stage: 'assistance',
    closedOn: null,
    closureOutcome: null,
    closureReason: null,
  });
  await stageEvent(ctx, row, 'assistance', today(ctx), 'reopened', input.reason);
  await recordChange(ctx, 'update', 'protection_case', id, { reopened: true });
  return present(ctx, updated);
}
