/**
 * The matching model of a jurisdiction's duplicate search, as versions (matching_models). The search
 * (duplicates/find.ts) asks which decisions to learn from: the merges and "not the same person"
 * decisions of the jurisdiction, as level counts, unless learning is paused or they are the ones the
 * active version already holds; it then records a new version with the weights it scored with. A
 * coordinator reads the versions and can bring an earlier one back, which pauses learning until
 * resumed. The regional hit/no-hit matcher has a model of its own (scope 'region'), learnt from the
 * hit decisions of every side. Every new version, restoration and pause is audited.
 */
import {
  CONTEXTS,
  contextOf,
  countLabel,
  decodePattern,
  emptyLabelCounts,
  FIELD_LEVELS,
  isLabelCounts,
  type LabelCounts,
  LINK_FIELDS,
  levelBuffer,
  levelsFromNames,
  patternCode,
  type Scorer,
} from '@veza/core';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Actor } from '../../access/actor.ts';
// biome-ignore lint/style/noRestrictedImports: a new version is written by the background refit too, with no actor, and belongs to its scope's log
import { appendAudit } from '../../access/audit.ts';
import type { Tx } from '../../db/connection.ts';
import { hits, matchingModels, personDuplicates } from '../../db/schema.ts';

export interface LevelWeight {
  level: string;
  m: number;
  u: number;
  weight: number;
}
export interface FieldWeights {
  field: string;
  levels: LevelWeight[];
}

/** Each field's levels with m, u (of random pairs) and the weight log2(m/u), as the scorer has them. */
export function weightsOf(s: Scorer): FieldWeights[] {
  return LINK_FIELDS.map((spec, f) => ({
    field: spec.field,
    levels: spec.levels.flatMap((level, l) =>
      l === FIELD_LEVELS[f]!.missing
        ? []
        : [
            {
              level,
              m: round(s.model.m[f]![l]!, 6),
              u: round(s.model.u[f]![l]!, 6),
              weight: round(s.weights[f]![l]!, 3),
            },
          ],
    ),
  }));
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

interface StoredExplanation {
  fields?: { field: string; level: string }[];
  frequencyWeight?: number;
}

/** The jurisdiction's decided pairs (merged: the same person; rejected: not) as level counts. */
export async function decidedLabels(tx: Tx, jurisdiction: string): Promise<LabelCounts> {
  const rows = await tx
    .select({ status: personDuplicates.status, explanation: personDuplicates.explanation })
    .from(personDuplicates)
    .where(
      and(
        eq(personDuplicates.jurisdiction, jurisdiction),
        inArray(personDuplicates.status, ['merged', 'rejected']),
      ),
    )
    .orderBy(personDuplicates.decidedAt, personDuplicates.id);
  const counts = emptyLabelCounts(CONTEXTS.length);
  for (const row of rows) {
    const explanation = row.explanation as StoredExplanation;
    const levels = explanation.fields ? levelsFromNames(explanation.fields) : null;
    if (!levels) continue;
    countLabel(
      counts,
      levels,
      contextOf(levels),
      row.status === 'merged',
      patternCode(FIELD_LEVELS, levels),
      explanation.frequencyWeight ?? 0,
    );
  }
  return counts;
}

export type ModelRow = typeof matchingModels.$inferSelect;

export async function activeModel(tx: Tx, scope: string): Promise<ModelRow | undefined> {
  const [row] = await tx
    .select()
    .from(matchingModels)
    .where(and(eq(matchingModels.scope, scope), eq(matchingModels.active, true)));
  return row;
}

const holdSameDecisions = (a: LabelCounts, b: LabelCounts) =>
  JSON.stringify(a.decided) === JSON.stringify(b.decided);

/** The scope of the regional hit/no-hit matcher's model. */
export const REGION = 'region';

/**
 * The hit decisions of every side as level counts: a hit confirmed by a side (and called not
 * relevant by neither) is the same person; one called not relevant by a side is not.
 */
export async function decidedHitLabels(tx: Tx): Promise<LabelCounts> {
  const rows = await tx
    .select({
      statusA: hits.statusA,
      statusB: hits.statusB,
      pattern: hits.pattern,
      frequency: hits.frequencyWeight,
    })
    .from(hits)
    .where(and(eq(hits.kind, 'person'), isNotNull(hits.pattern)))
    .orderBy(hits.id);
  const counts = emptyLabelCounts(CONTEXTS.length);
  const levels = levelBuffer();
  for (const row of rows) {
    const statuses = [row.statusA, row.statusB];
    if (statuses.every((s) => s === 'new')) continue;
    decodePattern(row.pattern!, levels);
    const same = !statuses.includes('not_relevant');
    countLabel(counts, levels, contextOf(levels), same, row.pattern!, row.frequency ?? 0);
  }
  return counts;
}

/**
 * What the next search of a scope learns from (the decisions given), and whether it makes a new
 * version: only when they differ from the active version's, and learning is not paused.
 */
export async function labelsForSearch(
  tx: Tx,
  scope: string,
  decided?: LabelCounts,
): Promise<{ labels: LabelCounts; newVersion: boolean }> {
  const active = await activeModel(tx, scope);
  const stored = active && isLabelCounts(active.labels, CONTEXTS.length) ? active.labels : null;
  if (active && stored && active.learningPaused) return { labels: stored, newVersion: false };
  decided ??= await decidedLabels(tx, scope);
  if (active && stored && holdSameDecisions(stored, decided)) return { labels: stored, newVersion: false };
  return { labels: decided, newVersion: true };
}

/** The version after the scope's last one. */
async function nextVersion(tx: Tx, scope: string): Promise<number> {
  const [last] = await tx
    .select({ version: matchingModels.version })
    .from(matchingModels)
    .where(eq(matchingModels.scope, scope))
    .orderBy(desc(matchingModels.version))
    .limit(1);
  return (last?.version ?? 0) + 1;
}

/** Makes a new version the active one, and audits it. */
export async function recordVersion(
  tx: Tx,
  at: Date,
  values: Omit<typeof matchingModels.$inferInsert, 'id' | 'version' | 'active' | 'estimatedAt'>,
  actor: Pick<Actor, 'userId' | 'username' | 'jurisdiction'> | null,
  address: string | null = null,
): Promise<ModelRow> {
  const version = await nextVersion(tx, values.scope);
  await tx
    .update(matchingModels)
    .set({ active: false })
    .where(and(eq(matchingModels.scope, values.scope), eq(matchingModels.active, true)));
  const [row] = await tx
    .insert(matchingModels)
    .values({ ...values, version, active: true, estimatedAt: at })
    .returning();
  await appendAudit(tx, at, {
    actor,
    jurisdiction: values.scope,
    action: 'settings',
    recordType: 'matching_model',
    recordId: row!.id,
    address,
    details: {
      version,
      reason: values.reason,
      sameDecisions: values.sameDecisions,
      differentDecisions: values.differentDecisions,
      ...(values.restoredFrom ? { restoredFrom: values.restoredFrom } : {}),
      learningPaused: values.learningPaused ?? false,
    },
  });
  return row!;
}

/** Records what a search learnt (by the system): the decisions, and the weights it scored with. */
export function recordLearntVersion(
  tx: Tx,
  at: Date,
  scope: string,
  labels: LabelCounts,
  scorer: Scorer,
  records: number,
): Promise<ModelRow> {
  return recordVersion(
    tx,
    at,
    {
      scope,
      reason: 'learnt',
      labels,
      sameDecisions: labels.matches,
      differentDecisions: labels.nonMatches,
      weights: weightsOf(scorer),
      calibration: scorer.calibration,
      records,
    },
    null,
  );
}
