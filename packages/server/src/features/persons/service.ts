/**
 * Persons in investigation records: recorded with every name in its script, their documents, phones
 * and handles; read only with a stated purpose, and every read audited.
 */
import {
  CALLING_REGION,
  detectScript,
  nameKeys,
  normaliseDocumentNumber,
  type PersonInput,
  precisionOf,
  toE164,
  yearOf,
} from '@veza/core';
import { and, asc, eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { investigationPolicy, visibleInvestigationRecords } from '../../access/policies/investigation.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { openRecord } from '../../access/reads.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import {
  caseRoles,
  cases,
  personDocuments,
  personNameKeys,
  personNames,
  personPhones,
  persons,
} from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import type { PersonView } from './schema.ts';

type PersonRow = typeof persons.$inferSelect;

/**
 * The rows a person's input becomes, checked: phones must parse, in the jurisdiction's numbering by
 * default. An import may keep a phone it cannot place (a local number of another country, written
 * without its code) as written: it is stored as its digits alone, without the "+" that every E.164
 * number has, so that it is searchable and matches the same digits, and never passes for a placed
 * number; `unplaced` lists them for the import's warnings.
 */
export function personParts(
  jurisdiction: string,
  input: PersonInput,
  options: { keepUnplacedPhones?: boolean } = {},
) {
  const names = input.names.map((n, position) => ({
    position,
    kind: n.kind,
    givenNames: n.givenNames,
    familyNames: n.familyNames,
    script: n.script ?? detectScript(`${n.givenNames} ${n.familyNames}`),
  }));
  const keys = new Map<string, { plain: string; cross: string; skeleton: string }>();
  for (const n of names) {
    for (const k of nameKeys(`${n.givenNames} ${n.familyNames}`))
      keys.set(`${k.plain}|${k.cross}|${k.skeleton}`, k);
  }
  const unplaced: string[] = [];
  const phones = input.phones.map((original, i) => {
    const parsed = toE164(original, CALLING_REGION[jurisdiction as keyof typeof CALLING_REGION]);
    const digits = original.replace(/\D/g, '');
    if (!parsed.ok && options.keepUnplacedPhones && digits.length >= 6 && digits.length <= 15) {
      unplaced.push(original);
      return { e164: digits, original };
    }
    if (!parsed.ok) {
      throw new AppError(
        'validation',
        `"${original}" is not a phone number; write it with the country code, e.g. +93 70 123 4567`,
        {
          field: `phones.${i}`,
        },
      );
    }
    return { e164: parsed.e164, original };
  });
  const documents = input.documents.map((d) => ({
    type: d.type,
    numberNormalised: normaliseDocumentNumber(d.number),
    numberOriginal: d.number,
    issuingCountry: d.issuingCountry ?? null,
    expiresOn: d.expiresOn ?? null,
  }));
  const first = names.find((n) => n.kind === 'recorded') ?? names[0]!;
  return {
    person: {
      displayName: `${first.givenNames} ${first.familyNames}`.trim(),
      sex: input.sex,
      birthDate: input.birthDate ?? null,
      birthYear: input.birthDate ? yearOf(input.birthDate) : null,
      birthDatePresumed:
        Boolean(input.birthDate) && input.birthDatePresumed && precisionOf(input.birthDate ?? '') === 'day',
      nationalities: [...new Set(input.nationalities)],
      socialHandles: input.socialHandles,
      notes: input.notes ?? null,
      handlingCode: input.handlingCode,
    },
    names,
    keys: [...keys.values()],
    phones: [...new Map(phones.map((p) => [p.e164, p])).values()],
    documents,
    unplaced,
  };
}

type Parts = ReturnType<typeof personParts>;

async function insertParts(ctx: ActorContext, personId: string, parts: Parts) {
  const jurisdiction = ctx.actor.jurisdiction;
  // Names, phones or documents changed: the search for duplicates runs again once this commits.
  ctx.changes.records.add(jurisdiction);
  await ctx.tx.insert(personNames).values(parts.names.map((n) => ({ ...n, personId, jurisdiction })));
  if (parts.keys.length)
    await ctx.tx.insert(personNameKeys).values(parts.keys.map((k) => ({ ...k, personId, jurisdiction })));
  if (parts.phones.length)
    await ctx.tx.insert(personPhones).values(parts.phones.map((p) => ({ ...p, personId, jurisdiction })));
  if (parts.documents.length) {
    await ctx.tx
      .insert(personDocuments)
      .values(parts.documents.map((d) => ({ ...d, personId, jurisdiction })));
  }
}

async function deleteParts(ctx: ActorContext, personId: string) {
  for (const table of [personNames, personNameKeys, personPhones, personDocuments]) {
    await ctx.tx.delete(table).where(eq(table.personId, personId));
  }
}

export async function createPerson(
  ctx: ActorContext,
  input: PersonInput,
  options: { sourceKey?: string } = {},
): Promise<string> {
  authorize(investigationPolicy, ctx.actor, 'create', { jurisdiction: ctx.actor.jurisdiction }, 'Person');
  const parts = personParts(ctx.actor.jurisdiction, input);
  const [row] = await ctx.tx
    .insert(persons)
    .values({
      ...parts.person,
      jurisdiction: ctx.actor.jurisdiction,
      agencyId: ctx.actor.agencyId,
      sourceKey: options.sourceKey ?? null,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: persons.id });
  await insertParts(ctx, row!.id, parts);
  await recordChange(ctx, 'create', 'person', row!.id, {
    names: parts.names.length,
    phones: parts.phones.length,
    documents: parts.documents.length,
  });
  return row!.id;
}

async function loadPerson(ctx: ActorContext, id: string): Promise<PersonRow | undefined> {
  const [row] = await ctx.tx.select().from(persons).where(eq(persons.id, id));
  return row;
}

export async function updatePerson(
  ctx: ActorContext,
  id: string,
  input: PersonInput & { version: number },
): Promise<void> {
  const person = authorize(investigationPolicy, ctx.actor, 'update', await loadPerson(ctx, id), 'Person');
  const parts = personParts(ctx.actor.jurisdiction, input);
  const [updated] = await ctx.tx
    .update(persons)
    .set({ ...parts.person, ...changeStamp(ctx, person) })
    .where(atVersion(persons, id, input.version))
    .returning({ id: persons.id });
  if (!updated) throw staleVersion('This person');
  await deleteParts(ctx, id);
  await insertParts(ctx, id, parts);
  await recordChange(ctx, 'update', 'person', id);
}

/** A person with everything recorded on them and every case they appear in; the read is audited with its purpose. */
export async function getPerson(ctx: ActorContext, id: string, purpose: string): Promise<PersonView> {
  const person = await openRecord(ctx, investigationPolicy, await loadPerson(ctx, id), 'Person', {
    recordType: 'person',
    recordId: id,
    purpose,
  });
  const [names, phones, documents, roles] = [
    await ctx.tx
      .select()
      .from(personNames)
      .where(eq(personNames.personId, id))
      .orderBy(asc(personNames.position)),
    await ctx.tx.select().from(personPhones).where(eq(personPhones.personId, id)),
    await ctx.tx.select().from(personDocuments).where(eq(personDocuments.personId, id)),
    await ctx.tx
      .select({
        role: caseRoles,
        case: {
          id: cases.id,
          reference: cases.reference,
          title: cases.title,
          type: cases.type,
          status: cases.status,
        },
      })
      .from(caseRoles)
      .innerJoin(cases, eq(cases.id, caseRoles.caseId))
      .where(and(eq(caseRoles.personId, id), visibleInvestigationRecords(ctx.actor, cases.jurisdiction)))
      .orderBy(asc(cases.reference)),
  ];
  return {
    id: person.id,
    jurisdiction: person.jurisdiction,
    handlingCode: person.handlingCode,
    isDemo: person.isDemo,
    version: person.version,
    updatedAt: person.updatedAt.toISOString(),
    allowedActions: allowedActions(investigationPolicy, ctx.actor, person),
    displayName: person.displayName,
    names: names.map((n) => ({
      givenNames: n.givenNames,
      familyNames: n.familyNames,
      script: n.script,
      kind: n.kind as 'recorded' | 'alias',
    })),
    sex: person.sex,
    birthDate: person.birthDate,
    birthDatePresumed: person.birthDatePresumed,
    nationalities: person.nationalities,
    documents: documents.map((d) => ({
      type: d.type as PersonView['documents'][number]['type'],
      number: d.numberOriginal,
      numberNormalised: d.numberNormalised,
      issuingCountry: d.issuingCountry as PersonView['documents'][number]['issuingCountry'],
      expiresOn: d.expiresOn,
    })),
    phones: phones.map((p) => ({ e164: p.e164, original: p.original })),
    socialHandles: person.socialHandles as PersonView['socialHandles'],
    notes: person.notes,
    mergedInto: person.mergedInto,
    cases: roles.map((r) => ({ ...r.case, role: r.role.role, perpetratorRoles: r.role.perpetratorRoles })),
  };
}
