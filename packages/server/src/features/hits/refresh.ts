/**
 * Keeping hit/no-hit current: a jurisdiction's persons are encoded with the regional secret under
 * their opaque references (the jurisdiction's side), then the matcher runs over the encodings of
 * every participating jurisdiction (the matcher's side: encodings in, hits out) and the hits are
 * kept in step. Decided hits stay as decided; undecided hits the matcher no longer finds go.
 */
import { prepareRecords } from '@veza/core';
import {
  deriveKeys,
  type EncodedRecord,
  type EncodedVehicle,
  encodeTable,
  encodeVehicle,
  findVehicleHits,
  matchRegion,
} from '@veza/core/private-linkage';
import { eq, inArray, sql } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import type { Database, Tx } from '../../db/connection.ts';
import {
  hitParticipation,
  hits,
  matchEncodings,
  matchReferences,
  matchVehicleReferences,
  vehicles,
} from '../../db/schema.ts';
import { type LoadedRecords, loadLinkRecords } from '../duplicates/index.ts';
import { decidedHitLabels, labelsForSearch, REGION, recordLearntVersion } from '../matching/index.ts';

export interface HitReport {
  jurisdiction: string;
  encoded: number;
  hits: number;
  added: number;
}

async function isPaused(database: Database, jurisdiction: string): Promise<boolean> {
  const [row] = await asSystem(database, (tx) =>
    tx.select().from(hitParticipation).where(eq(hitParticipation.jurisdiction, jurisdiction)),
  );
  return row?.paused ?? false;
}

/** Encodes a jurisdiction's persons into the matcher's store (or withdraws them when paused). */
export async function encodeJurisdiction(
  database: Database,
  jurisdiction: string,
  secret: Uint8Array,
  loaded?: LoadedRecords,
): Promise<number> {
  if (await isPaused(database, jurisdiction)) {
    await asSystem(database, (tx) =>
      tx.delete(matchEncodings).where(eq(matchEncodings.jurisdiction, jurisdiction)),
    );
    return 0;
  }
  const { records } = loaded ?? (await loadLinkRecords(database, jurisdiction));
  return asSystem(database, async (tx) => {
    if (records.length > 0)
      await tx
        .insert(matchReferences)
        .values(records.map((r) => ({ personId: r.id, jurisdiction })))
        .onConflictDoNothing();
    const references = new Map(
      (await tx.select().from(matchReferences).where(eq(matchReferences.jurisdiction, jurisdiction))).map(
        (r) => [r.personId, r.reference],
      ),
    );
    // The matcher gets references, never the person's id.
    const table = prepareRecords(records.map((r) => ({ ...r, id: references.get(r.id)! })));
    const keys = deriveKeys(secret);
    const encoded = encodeTable(table, keys);
    // Vehicles of the jurisdiction's cases: their plates, under references of their own.
    const plates = await tx
      .select({ id: vehicles.id, plate: vehicles.plateNormalised, country: vehicles.country })
      .from(vehicles)
      .where(eq(vehicles.jurisdiction, jurisdiction));
    if (plates.length > 0)
      await tx
        .insert(matchVehicleReferences)
        .values(plates.map((v) => ({ vehicleId: v.id, jurisdiction })))
        .onConflictDoNothing();
    const vehicleReferences = new Map(
      (
        await tx
          .select()
          .from(matchVehicleReferences)
          .where(eq(matchVehicleReferences.jurisdiction, jurisdiction))
      ).map((r) => [r.vehicleId, r.reference]),
    );
    const encodedVehicles = plates.map((v) =>
      encodeVehicle({ ...v, id: vehicleReferences.get(v.id)!, jurisdiction }, keys),
    );
    await tx.delete(matchEncodings).where(eq(matchEncodings.jurisdiction, jurisdiction));
    const rows = [
      ...encoded.map(({ id, jurisdiction: j, ...encoding }) => ({
        reference: id,
        kind: 'person',
        jurisdiction: j,
        encoding,
      })),
      ...encodedVehicles.map(({ id, jurisdiction: j, ...encoding }) => ({
        reference: id,
        kind: 'vehicle',
        jurisdiction: j,
        encoding,
      })),
    ];
    for (let s = 0; s < rows.length; s += 500) await tx.insert(matchEncodings).values(rows.slice(s, s + 500));
    return rows.length;
  });
}

/**
 * A new hit notifies, on both sides, the investigators and prosecutors of the agency that holds
 * the record (the person's, or the case's for a vehicle): in the app, with a link to their hits.
 */
async function notifyOwners(tx: Tx, hitId: string, references: readonly string[]): Promise<void> {
  const [a, b] = references;
  await tx.execute(sql`
    insert into notifications (user_id, jurisdiction, kind, hit_id, event_key)
    select u.id, u.jurisdiction, 'hit', ${hitId}::uuid, ${`hit:${hitId}`}
    from users u
    where u.disabled_at is null and u.roles && array['investigator', 'prosecutor']::text[]
      and u.agency_id in (
        select p.agency_id from match_references r join persons p on p.id = r.person_id
        where r.reference in (${a}::uuid, ${b}::uuid)
        union
        select c.agency_id from match_vehicle_references r
          join vehicles v on v.id = r.vehicle_id join cases c on c.id = v.case_id
        where r.reference in (${a}::uuid, ${b}::uuid))
    on conflict (user_id, event_key) do nothing`);
}

/** Runs the matcher over every participating jurisdiction's encodings and keeps the hits in step. */
export async function matchAllJurisdictions(database: Database): Promise<{ hits: number; added: number }> {
  return asSystem(database, async (tx) => {
    // One run at a time region-wide, whichever process runs it: each reads every encoding committed
    // before it, so that a run cannot overwrite a later one's hits with what it read earlier.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('veza.hits.match'))`);
    return matchInTransaction(tx);
  });
}

async function matchInTransaction(tx: Tx): Promise<{ hits: number; added: number }> {
  const stored = await tx.select().from(matchEncodings);
  const persons: EncodedRecord[] = [];
  const plates: EncodedVehicle[] = [];
  for (const row of stored) {
    const base = { id: row.reference, jurisdiction: row.jurisdiction };
    if (row.kind === 'vehicle')
      plates.push({ ...(row.encoding as Omit<EncodedVehicle, 'id' | 'jurisdiction'>), ...base });
    else persons.push({ ...(row.encoding as Omit<EncodedRecord, 'id' | 'jurisdiction'>), ...base });
  }
  // The matcher learns from the hit decisions of every side (level counts, no record).
  const learning = await labelsForSearch(tx, REGION, await decidedHitLabels(tx));
  const region = matchRegion(persons, { labels: learning.labels });
  const found = [
    ...region.hits.map((h) => ({ ...h, kind: 'person' })),
    ...findVehicleHits(plates).map((h) => ({ ...h, kind: 'vehicle' })),
  ];
  if (learning.newVersion && region.scorer)
    await recordLearntVersion(tx, new Date(), REGION, learning.labels, region.scorer, persons.length);
  const existing = await tx
    .select({
      id: hits.id,
      a: hits.referenceA,
      b: hits.referenceB,
      statusA: hits.statusA,
      statusB: hits.statusB,
      probability: hits.probability,
      band: hits.band,
      evidence: hits.evidence,
      pattern: hits.pattern,
      frequencyWeight: hits.frequencyWeight,
    })
    .from(hits);
  const byPair = new Map(existing.map((h) => [`${h.a}|${h.b}`, h]));
  let added = 0;
  const seen = new Set<string>();
  for (const hit of found) {
    const key = `${hit.a}|${hit.b}`;
    seen.add(key);
    const old = byPair.get(key);
    if (old) {
      // Most hits are found again as they were: only a changed one is written.
      const same =
        old.probability === hit.probability &&
        old.band === hit.band &&
        old.evidence.join() === hit.evidence.join() &&
        old.pattern === (hit.pattern ?? null) &&
        old.frequencyWeight === (hit.frequency ?? null);
      if (same) continue;
      await tx
        .update(hits)
        .set({
          probability: hit.probability,
          band: hit.band,
          evidence: hit.evidence,
          pattern: hit.pattern ?? null,
          frequencyWeight: hit.frequency ?? null,
        })
        .where(eq(hits.id, old.id));
      continue;
    }
    const [inserted] = await tx
      .insert(hits)
      .values({
        kind: hit.kind,
        referenceA: hit.a,
        jurisdictionA: hit.jurisdictionA,
        referenceB: hit.b,
        jurisdictionB: hit.jurisdictionB,
        probability: hit.probability,
        band: hit.band,
        evidence: hit.evidence,
        pattern: hit.pattern ?? null,
        frequencyWeight: hit.frequency ?? null,
      })
      .returning({ id: hits.id });
    await notifyOwners(tx, inserted!.id, [hit.a, hit.b]);
    added++;
  }
  const stale = existing
    .filter((h) => !seen.has(`${h.a}|${h.b}`) && h.statusA === 'new' && h.statusB === 'new')
    .map((h) => h.id);
  if (stale.length) await tx.delete(hits).where(inArray(hits.id, stale));
  return { hits: found.length, added };
}

export async function refreshHits(
  database: Database,
  jurisdiction: string,
  secret: Uint8Array,
  loaded?: LoadedRecords,
): Promise<HitReport> {
  const encoded = await encodeJurisdiction(database, jurisdiction, secret, loaded);
  const { hits: count, added } = await matchAllJurisdictions(database);
  return { jurisdiction, encoded, hits: count, added };
}
