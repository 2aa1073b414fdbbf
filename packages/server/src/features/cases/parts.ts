/**
 * What a case holds besides itself: the people in their roles, vehicles and linked cases, each added
 * or removed in one audited transaction that returns the case as it now is.
 */
import {
  type CaseRoleInput,
  type HandlingCode,
  normalisePlate,
  strictestHandlingCode,
  type VehicleInput,
} from '@veza/core';
import { and, eq, or } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { caseLinks, caseRoles, persons, vehicles } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { caseFor } from './lookup.ts';
import type { CaseView } from './schema.ts';
import { getCase, loadCase, raisePersonsHandlingCode } from './service.ts';

/** Records a person's role in a case; both must belong to the actor's jurisdiction. */
export async function addRole(ctx: ActorContext, caseId: string, input: CaseRoleInput): Promise<CaseView> {
  const current = await caseFor(ctx, caseId, 'update');
  const [person] = await ctx.tx
    .select({ id: persons.id, jurisdiction: persons.jurisdiction, handlingCode: persons.handlingCode })
    .from(persons)
    .where(eq(persons.id, input.personId));
  if (!person || person.jurisdiction !== ctx.actor.jurisdiction) {
    throw new AppError('validation', 'no such person in your records', { field: 'personId' });
  }
  const inserted = await ctx.tx
    .insert(caseRoles)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: strictestHandlingCode([
        current.handlingCode as HandlingCode,
        person.handlingCode as HandlingCode,
      ]),
      caseId,
      personId: person.id,
      role: input.role,
      perpetratorRoles: [...new Set(input.perpetratorRoles)],
      details: input.details ?? null,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: caseRoles.id });
  if (!inserted[0])
    throw new AppError('conflict', 'this person already has this role in the case', { field: 'role' });
  await recordChange(ctx, 'create', 'case_role', inserted[0].id, {
    caseId,
    personId: person.id,
    role: input.role,
  });
  await raisePersonsHandlingCode(ctx, eq(persons.id, person.id), current.handlingCode as HandlingCode);
  return getCase(ctx, caseId, null);
}

export async function removeRole(ctx: ActorContext, caseId: string, roleId: string): Promise<CaseView> {
  await caseFor(ctx, caseId, 'update');
  const removed = await ctx.tx
    .delete(caseRoles)
    .where(and(eq(caseRoles.id, roleId), eq(caseRoles.caseId, caseId)))
    .returning({ id: caseRoles.id });
  if (!removed[0]) throw new AppError('not_found', 'Role not found');
  await recordChange(ctx, 'delete', 'case_role', roleId, { caseId });
  return getCase(ctx, caseId, null);
}

export async function addVehicle(ctx: ActorContext, caseId: string, input: VehicleInput): Promise<CaseView> {
  const current = await caseFor(ctx, caseId, 'update');
  const [row] = await ctx.tx
    .insert(vehicles)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: current.handlingCode,
      caseId,
      plateNormalised: normalisePlate(input.plate),
      plateOriginal: input.plate,
      country: input.country ?? null,
      make: input.make ?? null,
      model: input.model ?? null,
      colour: input.colour ?? null,
      notes: input.notes ?? null,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: vehicles.id });
  await recordChange(ctx, 'create', 'vehicle', row!.id, { caseId });
  // Its plate takes part in hit/no-hit once this commits.
  ctx.changes.records.add(ctx.actor.jurisdiction);
  return getCase(ctx, caseId, null);
}

export async function removeVehicle(ctx: ActorContext, caseId: string, vehicleId: string): Promise<CaseView> {
  await caseFor(ctx, caseId, 'update');
  const removed = await ctx.tx
    .delete(vehicles)
    .where(and(eq(vehicles.id, vehicleId), eq(vehicles.caseId, caseId)))
    .returning({ id: vehicles.id });
  if (!removed[0]) throw new AppError('not_found', 'Vehicle not found');
  await recordChange(ctx, 'delete', 'vehicle', vehicleId, { caseId });
  ctx.changes.records.add(ctx.actor.jurisdiction);
  return getCase(ctx, caseId, null);
}

/** Links two cases of the jurisdiction, both ways. */
export async function linkCases(ctx: ActorContext, caseId: string, otherId: string): Promise<CaseView> {
  await caseFor(ctx, caseId, 'update');
  const other = await loadCase(ctx, otherId);
  if (!other || other.jurisdiction !== ctx.actor.jurisdiction || otherId === caseId) {
    throw new AppError('validation', 'choose another case of your jurisdiction', { field: 'caseId' });
  }
  await ctx.tx
    .insert(caseLinks)
    .values([
      {
        jurisdiction: ctx.actor.jurisdiction,
        caseId,
        linkedCaseId: otherId,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
      },
      {
        jurisdiction: ctx.actor.jurisdiction,
        caseId: otherId,
        linkedCaseId: caseId,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
      },
    ])
    .onConflictDoNothing();
  await recordChange(ctx, 'create', 'case_link', caseId, { linkedCaseId: otherId });
  return getCase(ctx, caseId, null);
}

export async function unlinkCases(ctx: ActorContext, caseId: string, otherId: string): Promise<CaseView> {
  await caseFor(ctx, caseId, 'update');
  await ctx.tx
    .delete(caseLinks)
    .where(
      or(
        and(eq(caseLinks.caseId, caseId), eq(caseLinks.linkedCaseId, otherId)),
        and(eq(caseLinks.caseId, otherId), eq(caseLinks.linkedCaseId, caseId)),
      ),
    );
  await recordChange(ctx, 'delete', 'case_link', caseId, { linkedCaseId: otherId });
  return getCase(ctx, caseId, null);
}
