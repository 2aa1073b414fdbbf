/**
 * Cases of migrant smuggling and trafficking in human beings: who was involved and in which role,
 * which vehicles; a reference per jurisdiction and year; the handling code travels to the parts.
 */
import type { CaseInput, HandlingCode } from '@veza/core';
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { investigationPolicy, visibleInvestigationRecords } from '../../access/policies/investigation.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { recordRead } from '../../access/reads.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import {
  agencies,
  caseCounters,
  caseLinks,
  caseRoles,
  cases,
  personPhones,
  persons,
  vehicles,
} from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { routeAndEvents } from './journey.ts';
import { caseFor } from './lookup.ts';
import type { CaseListQuery, CaseSummary, CaseView } from './schema.ts';

type CaseRow = typeof cases.$inferSelect;

/** The next reference of the jurisdiction for the year: RS-2026-0042. */
async function nextReference(ctx: ActorContext, openedOn: string): Promise<string> {
  const year = Number(openedOn.slice(0, 4));
  const [row] = await ctx.tx
    .insert(caseCounters)
    .values({ jurisdiction: ctx.actor.jurisdiction, year, last: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.jurisdiction, caseCounters.year],
      set: { last: sql`${caseCounters.last} + 1` },
    })
    .returning({ last: caseCounters.last });
  return `${ctx.actor.jurisdiction}-${year}-${String(row!.last).padStart(4, '0')}`;
}

function checkDates(input: Partial<CaseInput>) {
  const opened = input.openedOn;
  for (const field of ['investigationOn', 'prosecutedOn', 'closedOn'] as const) {
    const value = input[field];
    if (value && opened && value < opened) {
      throw new AppError('validation', 'a later stage cannot be dated before the case was opened', { field });
    }
  }
}

async function ownAgency(ctx: ActorContext, agencyId: string | undefined): Promise<string> {
  if (!agencyId) return ctx.actor.agencyId;
  const [agency] = await ctx.tx
    .select({ jurisdiction: agencies.jurisdiction })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  if (!agency || agency.jurisdiction !== ctx.actor.jurisdiction) {
    throw new AppError('validation', 'choose an agency of your own jurisdiction', { field: 'agencyId' });
  }
  return agencyId;
}

export async function createCase(
  ctx: ActorContext,
  input: CaseInput,
  options: { sourceKey?: string } = {},
): Promise<CaseView> {
  authorize(investigationPolicy, ctx.actor, 'create', { jurisdiction: ctx.actor.jurisdiction }, 'Case');
  checkDates(input);
  const agencyId = await ownAgency(ctx, input.agencyId);
  const [row] = await ctx.tx
    .insert(cases)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      agencyId,
      handlingCode: input.handlingCode,
      reference: await nextReference(ctx, input.openedOn),
      type: input.type,
      status: input.status,
      openedOn: input.openedOn,
      investigationOn: input.investigationOn ?? null,
      prosecutedOn: input.prosecutedOn ?? null,
      closedOn: input.closedOn ?? null,
      title: input.title,
      summary: input.summary ?? null,
      handlingConditions: input.handlingConditions ?? null,
      modusOperandi: [...new Set(input.modusOperandi)],
      exploitationTypes: [...new Set(input.exploitationTypes)],
      sourceKey: options.sourceKey ?? null,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await recordChange(ctx, 'create', 'case', row!.id, { reference: row!.reference });
  return getCase(ctx, row!.id, null);
}

export async function loadCase(ctx: ActorContext, id: string): Promise<CaseRow | undefined> {
  const [row] = await ctx.tx.select().from(cases).where(eq(cases.id, id));
  return row;
}

export async function updateCase(
  ctx: ActorContext,
  id: string,
  change: Partial<CaseInput> & { version: number },
): Promise<CaseView> {
  const current = await caseFor(ctx, id, 'update');
  checkDates({
    ...current,
    ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
  } as Partial<CaseInput>);
  const agencyId = change.agencyId ? await ownAgency(ctx, change.agencyId) : current.agencyId;
  const pick = <K extends keyof CaseInput & keyof CaseRow>(key: K) =>
    change[key] === undefined ? current[key] : change[key];
  const [updated] = await ctx.tx
    .update(cases)
    .set({
      agencyId,
      type: pick('type'),
      status: pick('status'),
      openedOn: pick('openedOn') as string,
      investigationOn: (pick('investigationOn') ?? null) as string | null,
      prosecutedOn: (pick('prosecutedOn') ?? null) as string | null,
      closedOn: (pick('closedOn') ?? null) as string | null,
      title: pick('title') as string,
      summary: (pick('summary') ?? null) as string | null,
      handlingCode: pick('handlingCode') as string,
      handlingConditions: (pick('handlingConditions') ?? null) as string | null,
      modusOperandi: change.modusOperandi ? [...new Set(change.modusOperandi)] : current.modusOperandi,
      exploitationTypes: change.exploitationTypes
        ? [...new Set(change.exploitationTypes)]
        : current.exploitationTypes,
      ...changeStamp(ctx, current),
    })
    .where(atVersion(cases, id, change.version))
    .returning({ id: cases.id, handlingCode: cases.handlingCode });
  if (!updated) throw staleVersion('This case');
  if (updated.handlingCode !== current.handlingCode)
    await inheritHandlingCode(ctx, id, updated.handlingCode as HandlingCode);
  const { version: _v, ...fields } = change;
  await recordChange(ctx, 'update', 'case', id, {
    fields: Object.keys(fields).filter((k) => (fields as Record<string, unknown>)[k] !== undefined),
  });
  return getCase(ctx, id, null);
}

/**
 * Parts of a case carry its handling code: when the case's changes, theirs follow. The persons in
 * it are separate records (one may be in several cases): their code is raised to the case's when
 * the case is stricter, and never lowered by it, which only their owner does, on the person.
 */
async function inheritHandlingCode(ctx: ActorContext, caseId: string, code: HandlingCode) {
  await ctx.tx.update(vehicles).set({ handlingCode: code }).where(eq(vehicles.caseId, caseId));
  await ctx.tx.update(caseRoles).set({ handlingCode: code }).where(eq(caseRoles.caseId, caseId));
  await raisePersonsHandlingCode(
    ctx,
    sql`${persons.id} in (select ${caseRoles.personId} from ${caseRoles} where ${caseRoles.caseId} = ${caseId})`,
    code,
  );
}

/** Raises the chosen persons' handling code to at least `code` (H0 < H1 < H2 < H3) in one statement; each raise audited. */
export async function raisePersonsHandlingCode(ctx: ActorContext, which: SQL, code: HandlingCode) {
  const raised = await ctx.tx
    .update(persons)
    .set({
      handlingCode: code,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
      version: sql`${persons.version} + 1`,
    })
    .where(and(which, sql`${persons.handlingCode} < ${code}`))
    .returning({ id: persons.id });
  for (const { id } of raised)
    await recordChange(ctx, 'update', 'person', id, { handlingCode: code, inheritedFromCase: true });
  if (raised.length) ctx.changes.records.add(ctx.actor.jurisdiction);
}

const summarySelection = { case: cases, agency: { id: agencies.id, name: agencies.name } };

function presentSummary(
  ctx: ActorContext,
  row: { case: CaseRow; agency: { id: string; name: string } },
): CaseSummary {
  const c = row.case;
  return {
    id: c.id,
    reference: c.reference,
    type: c.type as CaseSummary['type'],
    status: c.status as CaseSummary['status'],
    title: c.title,
    openedOn: c.openedOn,
    agency: row.agency,
    modusOperandi: c.modusOperandi,
    jurisdiction: c.jurisdiction,
    handlingCode: c.handlingCode,
    isDemo: c.isDemo,
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
    allowedActions: allowedActions(investigationPolicy, ctx.actor, c),
  };
}

export async function listCases(
  ctx: ActorContext,
  query: CaseListQuery,
): Promise<{ cases: CaseSummary[]; total: number }> {
  const conditions: (SQL | undefined)[] = [visibleInvestigationRecords(ctx.actor, cases.jurisdiction)];
  if (query.type) conditions.push(eq(cases.type, query.type));
  if (query.status) conditions.push(eq(cases.status, query.status));
  if (query.agencyId) conditions.push(eq(cases.agencyId, query.agencyId));
  if (query.modusOperandi) conditions.push(sql`${query.modusOperandi} = any(${cases.modusOperandi})`);
  if (query.openedFrom) conditions.push(gte(cases.openedOn, query.openedFrom));
  if (query.openedTo) conditions.push(lte(cases.openedOn, query.openedTo));
  if (query.q) {
    const pattern = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(cases.reference, pattern), ilike(cases.title, pattern)));
  }
  const where = and(...conditions);
  const rows = await ctx.tx
    .select(summarySelection)
    .from(cases)
    .innerJoin(agencies, eq(agencies.id, cases.agencyId))
    .where(where)
    .orderBy(desc(cases.openedOn), desc(cases.reference))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(cases).where(where);
  return { cases: rows.map((r) => presentSummary(ctx, r)), total: Number(total?.n ?? 0) };
}

/** A case with its people, roles and vehicles. Opening it reads the identities of its people: audited with the purpose. */
export async function getCase(ctx: ActorContext, id: string, purpose: string | null): Promise<CaseView> {
  const [row] = await ctx.tx
    .select(summarySelection)
    .from(cases)
    .innerJoin(agencies, eq(agencies.id, cases.agencyId))
    .where(eq(cases.id, id));
  authorize(investigationPolicy, ctx.actor, 'read', row?.case, 'Case');
  const c = row!.case;
  const people = await ctx.tx
    .select({
      role: caseRoles,
      person: {
        id: persons.id,
        displayName: persons.displayName,
        birthDate: persons.birthDate,
        nationalities: persons.nationalities,
      },
    })
    .from(caseRoles)
    .innerJoin(persons, eq(persons.id, caseRoles.personId))
    .where(eq(caseRoles.caseId, id))
    .orderBy(asc(caseRoles.createdAt));
  const personIds = people.map((p) => p.person.id);
  const phones = personIds.length
    ? await ctx.tx.select().from(personPhones).where(inArray(personPhones.personId, personIds))
    : [];
  const caseVehicles = await ctx.tx
    .select()
    .from(vehicles)
    .where(eq(vehicles.caseId, id))
    .orderBy(asc(vehicles.createdAt));
  if (purpose !== null) {
    await recordRead(ctx, {
      recordType: 'case',
      recordId: id,
      purpose,
      details: { reference: c.reference, people: personIds.length },
    });
  }
  const { route, events } = await routeAndEvents(ctx, id);
  const linked = await ctx.tx
    .select({ id: cases.id, reference: cases.reference, title: cases.title })
    .from(caseLinks)
    .innerJoin(cases, eq(cases.id, caseLinks.linkedCaseId))
    .where(eq(caseLinks.caseId, id))
    .orderBy(asc(cases.reference));
  return {
    route,
    events,
    linkedCases: linked,
    ...presentSummary(ctx, row!),
    investigationOn: c.investigationOn,
    prosecutedOn: c.prosecutedOn,
    closedOn: c.closedOn,
    summary: c.summary,
    handlingConditions: c.handlingConditions,
    exploitationTypes: c.exploitationTypes,
    people: people.map((p) => ({
      roleId: p.role.id,
      personId: p.person.id,
      displayName: p.person.displayName,
      birthDate: p.person.birthDate,
      nationalities: p.person.nationalities,
      phones: phones.filter((ph) => ph.personId === p.person.id).map((ph) => ph.e164),
      role: p.role.role as CaseView['people'][number]['role'],
      perpetratorRoles: p.role.perpetratorRoles,
      details: p.role.details,
    })),
    vehicles: caseVehicles.map((v) => ({
      id: v.id,
      plate: v.plateOriginal,
      plateNormalised: v.plateNormalised,
      country: v.country,
      make: v.make,
      model: v.model,
      colour: v.colour,
      notes: v.notes,
    })),
  };
}
