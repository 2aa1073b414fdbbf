/**
 * Possible duplicates on a person's page: listed with the engine's explanation; merged (the other
 * person's names become aliases of this one, their phones, documents and case roles move here, and
 * the other record is kept aside), rejected as not the same, and merges undone. All audited.
 */
import { bandOf, nameKeys, readCalibration } from '@veza/core';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { investigationPolicy } from '../../access/policies/investigation.ts';
import { authorize } from '../../access/policy.ts';
import { recordRead } from '../../access/reads.ts';
import { changeStamp } from '../../access/versioning.ts';
import {
  caseRoles,
  personDocuments,
  personDuplicates,
  personMerges,
  personNameKeys,
  personNames,
  personPhones,
  persons,
} from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { DuplicateList, PersonSummary } from './schema.ts';

type Explanation = DuplicateList['duplicates'][number]['explanation'];

/** A stored explanation, its calibration in today's form (one found before stores a line or none). */
function storedExplanation(stored: unknown): Explanation {
  const e = stored as Explanation;
  return { ...e, calibration: { knots: readCalibration(e.calibration).knots } };
}

async function loadPerson(ctx: ActorContext, id: string) {
  const [row] = await ctx.tx.select().from(persons).where(eq(persons.id, id));
  return row;
}

async function summaries(
  ctx: ActorContext,
  ids: string[],
): Promise<Map<string, PersonSummary & { mergedInto: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.tx
    .select({
      id: persons.id,
      displayName: persons.displayName,
      sex: persons.sex,
      birthDate: persons.birthDate,
      nationalities: persons.nationalities,
      mergedInto: persons.mergedInto,
    })
    .from(persons)
    .where(inArray(persons.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The open possible duplicates of a person, and the merges into it that can be undone. */
export async function listDuplicates(
  ctx: ActorContext,
  personId: string,
  purpose: string,
): Promise<DuplicateList> {
  authorize(investigationPolicy, ctx.actor, 'read', await loadPerson(ctx, personId), 'Person');
  const open = await ctx.tx
    .select()
    .from(personDuplicates)
    .where(
      and(
        eq(personDuplicates.status, 'open'),
        or(eq(personDuplicates.personId, personId), eq(personDuplicates.otherPersonId, personId)),
      ),
    );
  const merges = await ctx.tx
    .select()
    .from(personMerges)
    .where(and(eq(personMerges.keptPersonId, personId), isNull(personMerges.undoneAt)));
  const others = open.map((d) => (d.personId === personId ? d.otherPersonId : d.personId));
  const people = await summaries(ctx, [...others, ...merges.map((m) => m.mergedPersonId)]);
  await recordRead(ctx, {
    recordType: 'person_duplicates',
    recordId: personId,
    purpose,
  });
  return {
    duplicates: open
      .map((d, k) => ({ d, other: people.get(others[k]!) }))
      // A person merged elsewhere meanwhile is no longer offered.
      .filter(({ other }) => other && other.mergedInto === null)
      .sort((x, y) => y.d.probability - x.d.probability)
      .map(({ d, other }) => ({
        id: d.id,
        probability: d.probability,
        band: bandOf(d.probability),
        foundAt: d.foundAt.toISOString(),
        person: strip(other!),
        explanation: storedExplanation(d.explanation),
      })),
    merges: merges.map((m) => ({
      id: m.id,
      mergedAt: m.mergedAt.toISOString(),
      person: strip(people.get(m.mergedPersonId)!),
    })),
  };
}

function strip(p: PersonSummary & { mergedInto?: string | null }): PersonSummary {
  return {
    id: p.id,
    displayName: p.displayName,
    sex: p.sex,
    birthDate: p.birthDate,
    nationalities: p.nationalities,
  };
}

/** The search keys of a person, rebuilt from their names (after names were added or removed). */
async function refreshNameKeys(ctx: ActorContext, personId: string) {
  const names = await ctx.tx.select().from(personNames).where(eq(personNames.personId, personId));
  const keys = new Map<string, { plain: string; cross: string; skeleton: string }>();
  for (const n of names)
    for (const k of nameKeys(`${n.givenNames} ${n.familyNames}`))
      keys.set(`${k.plain}|${k.cross}|${k.skeleton}`, k);
  await ctx.tx.delete(personNameKeys).where(eq(personNameKeys.personId, personId));
  if (keys.size)
    await ctx.tx
      .insert(personNameKeys)
      .values([...keys.values()].map((k) => ({ ...k, personId, jurisdiction: ctx.actor.jurisdiction })));
}

async function openDuplicateOf(ctx: ActorContext, personId: string, duplicateId: string) {
  const [d] = await ctx.tx.select().from(personDuplicates).where(eq(personDuplicates.id, duplicateId));
  if (!d || (d.personId !== personId && d.otherPersonId !== personId))
    throw new AppError('not_found', 'no such possible duplicate of this person');
  if (d.status !== 'open') throw new AppError('conflict', `this possible duplicate was already ${d.status}`);
  return d;
}

export interface MovedRows {
  names: string[];
  phones: string[];
  documents: string[];
  caseRoles: string[];
}

/** Merges the other person of a possible duplicate into this one. */
export async function mergeDuplicate(
  ctx: ActorContext,
  keptId: string,
  duplicateId: string,
): Promise<string> {
  const kept = authorize(investigationPolicy, ctx.actor, 'update', await loadPerson(ctx, keptId), 'Person');
  const d = await openDuplicateOf(ctx, keptId, duplicateId);
  const mergedId = d.personId === keptId ? d.otherPersonId : d.personId;
  const merged = authorize(
    investigationPolicy,
    ctx.actor,
    'update',
    await loadPerson(ctx, mergedId),
    'Person',
  );
  if (kept.mergedInto || merged.mergedInto)
    throw new AppError('conflict', 'one of these persons was already merged into another');
  const jurisdiction = ctx.actor.jurisdiction;
  const moved: MovedRows = { names: [], phones: [], documents: [], caseRoles: [] };

  const keptNames = await ctx.tx.select().from(personNames).where(eq(personNames.personId, keptId));
  const mergedNames = await ctx.tx
    .select()
    .from(personNames)
    .where(eq(personNames.personId, mergedId))
    .orderBy(personNames.position);
  const written = new Set(keptNames.map((n) => `${n.givenNames}|${n.familyNames}`));
  let position = keptNames.reduce((max, n) => Math.max(max, n.position), -1);
  for (const n of mergedNames) {
    if (written.has(`${n.givenNames}|${n.familyNames}`)) continue;
    written.add(`${n.givenNames}|${n.familyNames}`);
    const [row] = await ctx.tx
      .insert(personNames)
      .values({
        jurisdiction,
        personId: keptId,
        position: ++position,
        kind: 'alias',
        givenNames: n.givenNames,
        familyNames: n.familyNames,
        script: n.script,
      })
      .returning({ id: personNames.id });
    moved.names.push(row!.id);
  }
  const keptPhones = new Set(
    (await ctx.tx.select().from(personPhones).where(eq(personPhones.personId, keptId))).map((p) => p.e164),
  );
  for (const p of await ctx.tx.select().from(personPhones).where(eq(personPhones.personId, mergedId))) {
    if (keptPhones.has(p.e164)) continue;
    const [row] = await ctx.tx
      .insert(personPhones)
      .values({ jurisdiction, personId: keptId, e164: p.e164, original: p.original })
      .returning({ id: personPhones.id });
    moved.phones.push(row!.id);
  }
  const keptDocuments = new Set(
    (await ctx.tx.select().from(personDocuments).where(eq(personDocuments.personId, keptId))).map(
      (x) => `${x.type}|${x.numberNormalised}`,
    ),
  );
  for (const x of await ctx.tx.select().from(personDocuments).where(eq(personDocuments.personId, mergedId))) {
    if (keptDocuments.has(`${x.type}|${x.numberNormalised}`)) continue;
    const [row] = await ctx.tx
      .insert(personDocuments)
      .values({
        jurisdiction,
        personId: keptId,
        type: x.type,
        numberNormalised: x.numberNormalised,
        numberOriginal: x.numberOriginal,
        issuingCountry: x.issuingCountry,
        expiresOn: x.expiresOn,
      })
      .returning({ id: personDocuments.id });
    moved.documents.push(row!.id);
  }
  // Case roles move, except where this person already has the same role in the same case.
  const keptRoles = new Set(
    (await ctx.tx.select().from(caseRoles).where(eq(caseRoles.personId, keptId))).map(
      (r) => `${r.caseId}|${r.role}`,
    ),
  );
  for (const r of await ctx.tx.select().from(caseRoles).where(eq(caseRoles.personId, mergedId))) {
    if (keptRoles.has(`${r.caseId}|${r.role}`)) continue;
    await ctx.tx.update(caseRoles).set({ personId: keptId }).where(eq(caseRoles.id, r.id));
    moved.caseRoles.push(r.id);
  }
  await refreshNameKeys(ctx, keptId);
  await ctx.tx.update(persons).set(changeStamp(ctx, kept)).where(eq(persons.id, keptId));
  await ctx.tx
    .update(persons)
    .set({ mergedInto: keptId, ...changeStamp(ctx, merged) })
    .where(eq(persons.id, mergedId));
  await ctx.tx
    .update(personDuplicates)
    .set({ status: 'merged', decidedBy: ctx.actor.userId, decidedAt: ctx.now })
    .where(eq(personDuplicates.id, d.id));
  const [merge] = await ctx.tx
    .insert(personMerges)
    .values({
      jurisdiction,
      keptPersonId: keptId,
      mergedPersonId: mergedId,
      duplicateId: d.id,
      moved,
      mergedBy: ctx.actor.userId,
      mergedAt: ctx.now,
    })
    .returning({ id: personMerges.id });
  ctx.changes.records.add(jurisdiction);
  await recordChange(ctx, 'merge', 'person', keptId, {
    merged: mergedId,
    duplicate: d.id,
    probability: d.probability,
    names: moved.names.length,
    phones: moved.phones.length,
    documents: moved.documents.length,
    caseRoles: moved.caseRoles.length,
  });
  return merge!.id;
}

/** Undoes a merge: what it added to the kept person goes, the case roles go back, the other person returns. */
export async function undoMerge(ctx: ActorContext, keptId: string, mergeId: string): Promise<void> {
  const kept = authorize(investigationPolicy, ctx.actor, 'update', await loadPerson(ctx, keptId), 'Person');
  const [merge] = await ctx.tx.select().from(personMerges).where(eq(personMerges.id, mergeId));
  if (!merge || merge.keptPersonId !== keptId)
    throw new AppError('not_found', 'no such merge into this person');
  if (merge.undoneAt) throw new AppError('conflict', 'this merge was already undone');
  const merged = authorize(
    investigationPolicy,
    ctx.actor,
    'update',
    await loadPerson(ctx, merge.mergedPersonId),
    'Person',
  );
  const moved = merge.moved as MovedRows;
  const only = (
    column: typeof personNames.id | typeof personPhones.id | typeof personDocuments.id,
    ids: string[],
  ) => (ids.length ? inArray(column, ids) : undefined);
  if (moved.names.length)
    await ctx.tx
      .delete(personNames)
      .where(and(eq(personNames.personId, keptId), only(personNames.id, moved.names)));
  if (moved.phones.length)
    await ctx.tx
      .delete(personPhones)
      .where(and(eq(personPhones.personId, keptId), only(personPhones.id, moved.phones)));
  if (moved.documents.length)
    await ctx.tx
      .delete(personDocuments)
      .where(and(eq(personDocuments.personId, keptId), only(personDocuments.id, moved.documents)));
  if (moved.caseRoles.length)
    await ctx.tx
      .update(caseRoles)
      .set({ personId: merged.id })
      .where(and(eq(caseRoles.personId, keptId), inArray(caseRoles.id, moved.caseRoles)));
  await refreshNameKeys(ctx, keptId);
  await ctx.tx.update(persons).set(changeStamp(ctx, kept)).where(eq(persons.id, keptId));
  await ctx.tx
    .update(persons)
    .set({ mergedInto: null, ...changeStamp(ctx, merged) })
    .where(eq(persons.id, merged.id));
  if (merge.duplicateId)
    await ctx.tx
      .update(personDuplicates)
      .set({ status: 'open', decidedBy: null, decidedAt: null })
      .where(eq(personDuplicates.id, merge.duplicateId));
  await ctx.tx
    .update(personMerges)
    .set({ undoneBy: ctx.actor.userId, undoneAt: ctx.now })
    .where(eq(personMerges.id, mergeId));
  ctx.changes.records.add(ctx.actor.jurisdiction);
  await recordChange(ctx, 'unmerge', 'person', keptId, { merged: merged.id, merge: mergeId });
}

/** Records that the two persons of a possible duplicate are not the same; it is not offered again. */
export async function rejectDuplicate(
  ctx: ActorContext,
  personId: string,
  duplicateId: string,
): Promise<void> {
  authorize(investigationPolicy, ctx.actor, 'update', await loadPerson(ctx, personId), 'Person');
  const d = await openDuplicateOf(ctx, personId, duplicateId);
  await ctx.tx
    .update(personDuplicates)
    .set({ status: 'rejected', decidedBy: ctx.actor.userId, decidedAt: ctx.now })
    .where(eq(personDuplicates.id, d.id));
  // The search runs again and learns from the decision.
  ctx.changes.records.add(ctx.actor.jurisdiction);
  await recordChange(ctx, 'reject', 'person_duplicate', d.id, {
    person: d.personId,
    other: d.otherPersonId,
    probability: d.probability,
  });
}
