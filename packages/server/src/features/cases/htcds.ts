/**
 * HTCDS export and import of cases (packages/core/src/htcds): a case with its people, vehicles, route
 * and events becomes one document in the standard's shape, and such a document becomes a case again.
 * An import is idempotent: the same case from the same origin is imported once.
 */
import {
  type CaseBundle,
  CaseBundle as CaseBundleSchema,
  HTCDS_VERSION,
  type HtcdsDocument,
  toHtcds,
} from '@veza/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordRead } from '../../access/reads.ts';
import {
  caseEvents,
  caseRoles,
  cases,
  personDocuments,
  personNames,
  personPhones,
  persons,
  routeLegs,
  vehicles,
} from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { createPerson } from '../persons/index.ts';
import { addEvent, replaceRoute } from './journey.ts';
import { caseFor } from './lookup.ts';
import { addRole, addVehicle } from './parts.ts';
import { createCase } from './service.ts';

/** Everything recorded on a case, as a bundle; reading it is reading its people: audited with the purpose. */
export async function exportBundle(ctx: ActorContext, caseId: string, purpose: string): Promise<CaseBundle> {
  const c = await caseFor(ctx, caseId, 'read');
  // Orders that do not depend on when things were recorded, so that a copy exports exactly as its original.
  const roles = await ctx.tx
    .select()
    .from(caseRoles)
    .innerJoin(persons, eq(persons.id, caseRoles.personId))
    .where(eq(caseRoles.caseId, caseId))
    .orderBy(asc(caseRoles.role), asc(persons.displayName), asc(persons.birthDate))
    .then((rows) => rows.map((r) => r.case_roles));
  const ids = [...new Set(roles.map((r) => r.personId))];
  const [people, names, phones, documents] = ids.length
    ? [
        await ctx.tx.select().from(persons).where(inArray(persons.id, ids)),
        await ctx.tx
          .select()
          .from(personNames)
          .where(inArray(personNames.personId, ids))
          .orderBy(asc(personNames.position)),
        await ctx.tx.select().from(personPhones).where(inArray(personPhones.personId, ids)),
        await ctx.tx.select().from(personDocuments).where(inArray(personDocuments.personId, ids)),
      ]
    : [[], [], [], []];
  const legs = await ctx.tx
    .select()
    .from(routeLegs)
    .where(eq(routeLegs.caseId, caseId))
    .orderBy(asc(routeLegs.position));
  const events = await ctx.tx
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.date), asc(caseEvents.type), asc(caseEvents.place), asc(caseEvents.description));
  const caseVehicles = await ctx.tx
    .select()
    .from(vehicles)
    .where(eq(vehicles.caseId, caseId))
    .orderBy(asc(vehicles.plateNormalised), asc(vehicles.plateOriginal));
  await recordRead(ctx, {
    recordType: 'case_export',
    recordId: caseId,
    purpose,
    details: { reference: c.reference, people: ids.length, format: 'HTCDS' },
  });
  const bundle = {
    reference: c.reference,
    jurisdiction: c.jurisdiction,
    case: {
      type: c.type,
      status: c.status,
      openedOn: c.openedOn,
      investigationOn: c.investigationOn,
      prosecutedOn: c.prosecutedOn,
      closedOn: c.closedOn,
      handlingCode: c.handlingCode,
      handlingConditions: c.handlingConditions,
      title: c.title,
      summary: c.summary,
      modusOperandi: c.modusOperandi,
      exploitationTypes: c.exploitationTypes,
    },
    people: roles.map((r) => {
      const p = people.find((x) => x.id === r.personId)!;
      return {
        key: p.id,
        role: r.role,
        perpetratorRoles: r.perpetratorRoles,
        roleDetails: r.details,
        names: names
          .filter((n) => n.personId === p.id)
          .map((n) => ({
            givenNames: n.givenNames,
            familyNames: n.familyNames,
            script: n.script,
            kind: n.kind,
          })),
        sex: p.sex,
        birthDate: p.birthDate,
        birthDatePresumed: p.birthDatePresumed,
        nationalities: p.nationalities,
        documents: documents
          .filter((d) => d.personId === p.id)
          .map((d) => ({
            type: d.type,
            number: d.numberOriginal,
            issuingCountry: d.issuingCountry,
            expiresOn: d.expiresOn,
          })),
        phones: phones.filter((ph) => ph.personId === p.id).map((ph) => ph.e164),
        socialHandles: p.socialHandles,
        notes: p.notes,
        handlingCode: p.handlingCode,
      };
    }),
    vehicles: caseVehicles.map((v) => ({
      plate: v.plateOriginal,
      country: v.country,
      make: v.make,
      model: v.model,
      colour: v.colour,
      notes: v.notes,
    })),
    route: legs.map((l) => ({
      fromPlace: l.fromPlace,
      fromCountry: l.fromCountry,
      toPlace: l.toPlace,
      toCountry: l.toCountry,
      crossingId: l.crossingId,
      departedOn: l.departedOn,
      arrivedOn: l.arrivedOn,
      transportMode: l.transportMode,
      feeAmount: l.feeAmount === null ? null : Number(l.feeAmount),
      feeCurrency: l.feeCurrency,
      facilitatorKey: l.facilitatorPersonId,
      notes: l.notes,
    })),
    events: events.map((e) => ({
      type: e.type,
      personKey: e.personId,
      date: e.date,
      place: e.place,
      country: e.country,
      latitude: e.latitude,
      longitude: e.longitude,
      description: e.description,
    })),
  };
  return CaseBundleSchema.parse(bundle);
}

export async function exportHtcds(
  ctx: ActorContext,
  caseIds: string[],
  purpose: string,
): Promise<HtcdsDocument> {
  const bundles = [];
  for (const id of caseIds) bundles.push(await exportBundle(ctx, id, purpose));
  return { standard: 'HTCDS', version: HTCDS_VERSION, cases: bundles.map(toHtcds) };
}

/** Creates the case a bundle describes, in the actor's jurisdiction; null when it was imported before. */
export async function importBundle(
  ctx: ActorContext,
  bundle: CaseBundle,
): Promise<{ id: string; reference: string } | null> {
  const sourceKey = `htcds:${bundle.jurisdiction}:${bundle.reference}`;
  const [existing] = await ctx.tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.jurisdiction, ctx.actor.jurisdiction), eq(cases.sourceKey, sourceKey)));
  if (existing) return null;
  const created = await createCase(ctx, { ...bundle.case, agencyId: undefined }, { sourceKey });
  const personIds = new Map<string, string>();
  for (const p of bundle.people) {
    const { key, role, perpetratorRoles, roleDetails, ...input } = p;
    let id = personIds.get(key);
    if (!id) {
      id = await createPerson(ctx, input);
      personIds.set(key, id);
    }
    await addRole(ctx, created.id, { personId: id, role, perpetratorRoles, details: roleDetails ?? null });
  }
  for (const v of bundle.vehicles) await addVehicle(ctx, created.id, v);
  const keyToId = (key: string | null | undefined) => {
    if (!key) return null;
    const id = personIds.get(key);
    if (!id)
      throw new AppError('validation', `the document refers to a person "${key}" it does not contain`, {
        field: 'cases',
      });
    return id;
  };
  if (bundle.route.length) {
    await replaceRoute(ctx, created.id, {
      legs: bundle.route.map(({ facilitatorKey, ...leg }) => ({
        ...leg,
        facilitatorPersonId: keyToId(facilitatorKey),
      })),
    });
  }
  for (const { personKey, ...event } of bundle.events)
    await addEvent(ctx, created.id, { ...event, personId: keyToId(personKey) });
  return { id: created.id, reference: created.reference };
}
