/**
 * Finding likely duplicates among one jurisdiction's persons with the linkage engine (the same one
 * `veza link` runs), and keeping person_duplicates in step: new pairs are added, open ones get their
 * new score, pairs someone already decided on stay decided, and open pairs the engine no longer
 * finds are dropped. The investigators' decisions teach the model (matching/model.ts). Runs as the system, in the background, after persons are recorded or imported.
 */
import { DEFAULT_THRESHOLD, explainPair, type LinkRecord, prepareRecords } from '@veza/core';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { personDocuments, personDuplicates, personNames, personPhones, persons } from '../../db/schema.ts';
import { linkInParallel } from '../../linkage/parallel.ts';
import { labelsForSearch, recordLearntVersion } from '../matching/index.ts';

export interface FindReport {
  jurisdiction: string;
  persons: number;
  /** Pairs at or above the threshold. */
  found: number;
  added: number;
  dropped: number;
}

/** The first of each person's rows, by the given order. */
function firstBy<T extends { personId: string }>(rows: T[]): Map<string, T> {
  const first = new Map<string, T>();
  for (const row of rows) if (!first.has(row.personId)) first.set(row.personId, row);
  return first;
}

/** Every value of each person's rows. */
function allBy<T extends { personId: string }>(rows: T[], value: (row: T) => string): Map<string, string[]> {
  const all = new Map<string, string[]>();
  for (const row of rows) {
    const list = all.get(row.personId);
    if (list) list.push(value(row));
    else all.set(row.personId, [value(row)]);
  }
  return all;
}

export interface LoadedRecords {
  records: LinkRecord[];
  /** The ids of demo persons. */
  demo: Set<string>;
}

/**
 * The persons of a jurisdiction (not merged into another) as linkage records: the first recorded
 * name, sex, birth date, first nationality, every phone and document. Read as the system.
 */
export async function loadLinkRecords(database: Database, jurisdiction: string): Promise<LoadedRecords> {
  const loaded = await asSystem(database, async (tx) => {
    const people = await tx
      .select({
        id: persons.id,
        sex: persons.sex,
        birthDate: persons.birthDate,
        nationalities: persons.nationalities,
        isDemo: persons.isDemo,
      })
      .from(persons)
      .where(and(eq(persons.jurisdiction, jurisdiction), isNull(persons.mergedInto)))
      .orderBy(persons.id);
    const names = await tx
      .select({
        personId: personNames.personId,
        given: personNames.givenNames,
        family: personNames.familyNames,
      })
      .from(personNames)
      .where(eq(personNames.jurisdiction, jurisdiction))
      .orderBy(personNames.personId, personNames.position);
    const phones = await tx
      .select({ personId: personPhones.personId, e164: personPhones.e164 })
      .from(personPhones)
      .where(eq(personPhones.jurisdiction, jurisdiction))
      .orderBy(personPhones.personId, personPhones.id);
    const documents = await tx
      .select({ personId: personDocuments.personId, number: personDocuments.numberNormalised })
      .from(personDocuments)
      .where(eq(personDocuments.jurisdiction, jurisdiction))
      .orderBy(personDocuments.personId, personDocuments.id);
    return {
      people,
      names: firstBy(names),
      phones: allBy(phones, (p) => p.e164),
      documents: allBy(documents, (d) => d.number),
    };
  });
  const records: LinkRecord[] = loaded.people.map((p) => ({
    id: p.id,
    jurisdiction,
    givenNames: loaded.names.get(p.id)?.given ?? '',
    familyNames: loaded.names.get(p.id)?.family ?? '',
    sex: p.sex,
    birthDate: p.birthDate ?? '',
    nationality: p.nationalities[0] ?? '',
    phone: loaded.phones.get(p.id) ?? [],
    documentNumber: loaded.documents.get(p.id) ?? [],
  }));
  return { records, demo: new Set(loaded.people.filter((p) => p.isDemo).map((p) => p.id)) };
}

export async function findDuplicates(
  database: Database,
  jurisdiction: string,
  options: {
    threshold?: number;
    now?: Date;
    /** The jurisdiction's records, when the caller has loaded them already. */
    loaded?: LoadedRecords;
  } = {},
): Promise<FindReport> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const now = options.now ?? new Date();
  const { records, demo } = options.loaded ?? (await loadLinkRecords(database, jurisdiction));
  const table = prepareRecords(records);
  // The investigators' decisions, unless the model in use holds them already or learning is paused.
  const learning = await asSystem(database, (tx) => labelsForSearch(tx, jurisdiction));
  const result = await linkInParallel(table, {
    threshold,
    ...(learning.labels.decided.length > 0 ? { labels: learning.labels } : {}),
  });
  const found = new Map<
    string,
    { personId: string; otherPersonId: string; probability: number; explanation: unknown }
  >();
  for (let k = 0; k < result.pairs.left.length; k++) {
    const i = result.pairs.left[k]!;
    const j = result.pairs.right[k]!;
    const [a, b] = [table.ids[i]!, table.ids[j]!].sort();
    const explanation = explainPair(table, result.scorer, i, j);
    found.set(`${a}|${b}`, {
      personId: a!,
      otherPersonId: b!,
      probability: explanation.probability,
      explanation,
    });
  }

  return asSystem(database, async (tx) => {
    const existing = await tx
      .select({
        id: personDuplicates.id,
        personId: personDuplicates.personId,
        otherPersonId: personDuplicates.otherPersonId,
        status: personDuplicates.status,
      })
      .from(personDuplicates)
      .where(eq(personDuplicates.jurisdiction, jurisdiction));
    const stale: string[] = [];
    for (const row of existing) {
      const key = `${row.personId}|${row.otherPersonId}`;
      const current = found.get(key);
      if (row.status !== 'open') {
        found.delete(key);
        continue;
      }
      if (!current) {
        stale.push(row.id);
        continue;
      }
      await tx
        .update(personDuplicates)
        // The demo mark follows the persons' (a pair found while the demo region was being written,
        // before its persons were marked, is marked on the next search).
        .set({
          probability: current.probability,
          explanation: current.explanation,
          isDemo: demo.has(row.personId) && demo.has(row.otherPersonId),
        })
        .where(eq(personDuplicates.id, row.id));
      found.delete(key);
    }
    for (let s = 0; s < stale.length; s += 1000)
      await tx.delete(personDuplicates).where(inArray(personDuplicates.id, stale.slice(s, s + 1000)));
    const fresh = [...found.values()].map((f) => ({
      ...f,
      jurisdiction,
      isDemo: demo.has(f.personId) && demo.has(f.otherPersonId),
      foundAt: now,
    }));
    for (let s = 0; s < fresh.length; s += 500)
      await tx.insert(personDuplicates).values(fresh.slice(s, s + 500));
    if (learning.newVersion)
      await recordLearntVersion(tx, now, jurisdiction, learning.labels, result.scorer, table.size);
    return {
      jurisdiction,
      persons: table.size,
      found: result.pairs.left.length,
      added: fresh.length,
      dropped: stale.length,
    };
  });
}
