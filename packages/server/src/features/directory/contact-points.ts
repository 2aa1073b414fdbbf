/**
 * Contact points of the directory: added, changed and removed by the owning jurisdiction's admins,
 * each change audited with the fields it touched.
 */
import { CALLING_REGION, type ContactPointInput, searchText, toE164 } from '@veza/core';
import { eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { directoryPolicy } from '../../access/policies/directory.ts';
import { authorize } from '../../access/policy.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import { agencies, contactPoints } from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { changedFields } from './audit-entry.ts';
import type { ContactPointView } from './schema.ts';
import { type AgencyRow, type ContactPointRow, loadAgency, presentContactPoint } from './service.ts';

async function loadContactPoint(ctx: ActorContext, id: string) {
  const [row] = await ctx.tx
    .select({ contact: contactPoints, agency: { id: agencies.id, name: agencies.name, type: agencies.type } })
    .from(contactPoints)
    .innerJoin(agencies, eq(agencies.id, contactPoints.agencyId))
    .where(eq(contactPoints.id, id));
  return row;
}

function phoneFor(
  ctx: ActorContext,
  phone: string | null | undefined,
): { e164: string | null; original: string | null } {
  if (!phone) return { e164: null, original: null };
  const parsed = toE164(phone, CALLING_REGION[ctx.actor.jurisdiction]);
  if (!parsed.ok) {
    throw new AppError(
      'validation',
      `"${phone}" is not a phone number; write it with the country code, e.g. +381 11 123 4567`,
      {
        field: 'phone',
      },
    );
  }
  return { e164: parsed.e164, original: phone };
}

async function ownAgencyFor(ctx: ActorContext, agencyId: string): Promise<AgencyRow> {
  const agency = await loadAgency(ctx, agencyId);
  if (!agency || agency.jurisdiction !== ctx.actor.jurisdiction) {
    throw new AppError('validation', 'choose an agency of your own jurisdiction', { field: 'agencyId' });
  }
  return agency;
}

const contactSearchText = (
  c: Pick<ContactPointRow, 'name' | 'function' | 'taskForce' | 'email'>,
  agency: AgencyRow,
) => searchText(c.name, c.function, c.taskForce, c.email, agency.name, agency.alternateName);

export async function createContactPoint(
  ctx: ActorContext,
  input: ContactPointInput,
): Promise<ContactPointView> {
  authorize(directoryPolicy, ctx.actor, 'create', { jurisdiction: ctx.actor.jurisdiction }, 'Contact point');
  const agency = await ownAgencyFor(ctx, input.agencyId);
  const phone = phoneFor(ctx, input.phone);
  const fields = {
    name: input.name,
    function: input.function,
    taskForce: input.taskForce ?? null,
    email: input.email ?? null,
  };
  const [row] = await ctx.tx
    .insert(contactPoints)
    .values({
      ...fields,
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: input.handlingCode,
      agencyId: agency.id,
      phoneE164: phone.e164,
      phoneOriginal: phone.original,
      languages: input.languages,
      availability: input.availability,
      searchText: contactSearchText(fields, agency),
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await recordChange(ctx, 'create', 'contact_point', row!.id, { name: input.name, agencyId: agency.id });
  return presentContactPoint(ctx, row!, agency);
}

export async function updateContactPoint(
  ctx: ActorContext,
  id: string,
  change: Partial<ContactPointInput> & { version: number },
): Promise<ContactPointView> {
  const loaded = await loadContactPoint(ctx, id);
  const contact = authorize(directoryPolicy, ctx.actor, 'update', loaded?.contact, 'Contact point');
  const agency = await ownAgencyFor(ctx, change.agencyId ?? contact.agencyId);
  const phone =
    change.phone === undefined
      ? { e164: contact.phoneE164, original: contact.phoneOriginal }
      : phoneFor(ctx, change.phone);
  const fields = {
    name: change.name ?? contact.name,
    function: change.function ?? contact.function,
    taskForce: change.taskForce === undefined ? contact.taskForce : change.taskForce,
    email: change.email === undefined ? contact.email : change.email,
  };
  const [row] = await ctx.tx
    .update(contactPoints)
    .set({
      ...fields,
      agencyId: agency.id,
      phoneE164: phone.e164,
      phoneOriginal: phone.original,
      languages: change.languages ?? contact.languages,
      availability: change.availability ?? contact.availability,
      handlingCode: change.handlingCode ?? contact.handlingCode,
      searchText: contactSearchText(fields, agency),
      ...changeStamp(ctx, contact),
    })
    .where(atVersion(contactPoints, id, change.version))
    .returning();
  if (!row) throw staleVersion('This contact point');
  await recordChange(ctx, 'update', 'contact_point', id, changedFields(change));
  return presentContactPoint(ctx, row, agency);
}

export async function deleteContactPoint(ctx: ActorContext, id: string, version: number): Promise<void> {
  const loaded = await loadContactPoint(ctx, id);
  const contact = authorize(directoryPolicy, ctx.actor, 'delete', loaded?.contact, 'Contact point');
  const removed = await ctx.tx
    .delete(contactPoints)
    .where(atVersion(contactPoints, id, version))
    .returning({ id: contactPoints.id });
  if (removed.length === 0) throw staleVersion('This contact point');
  await recordChange(ctx, 'delete', 'contact_point', id, { name: contact.name });
}

/** A contact point with its agency, as another feature names it (a meeting's participant, an action point's owner). */
export interface DirectoryPerson {
  contactPointId: string;
  name: string;
  function: string;
  email: string | null;
  agencyId: string;
  agencyName: string;
  jurisdiction: string;
}

/** The contact points with these ids, with their agencies; an id not in the directory is a 400 naming the field. */
export async function directoryPeople(
  ctx: ActorContext,
  ids: readonly string[],
  field: string,
): Promise<Map<string, DirectoryPerson>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.tx
    .select({
      contactPointId: contactPoints.id,
      name: contactPoints.name,
      function: contactPoints.function,
      email: contactPoints.email,
      agencyId: agencies.id,
      agencyName: agencies.name,
      jurisdiction: contactPoints.jurisdiction,
    })
    .from(contactPoints)
    .innerJoin(agencies, eq(agencies.id, contactPoints.agencyId))
    .where(inArray(contactPoints.id, unique));
  const found = new Map(rows.map((r) => [r.contactPointId, r]));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw new AppError('validation', `no contact point ${missing} in the directory`, { field });
  return found;
}
