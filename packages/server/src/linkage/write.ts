/**
 * Writing the linkage CLI's output: PAIRS.csv (left_id,right_id,score), CLUSTERS.csv (id,cluster_id)
 * and EXPLAIN.jsonl (one pair and its per-field weights per line), streamed in large chunks.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type Comparer, explainPair, type LinkResult, type LinkTable } from '@veza/core';

/** Records with ids: a plaintext table, or encoded records. */
type Records = (LinkTable | Comparer) & { ids: string[] };

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes lines to a file, a megabyte at a time, waiting when the disk is behind. */
export async function writeLines(path: string, header: string | null, lines: Iterable<string>) {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  let buffer = header === null ? '' : `${header}\n`;
  for (const line of lines) {
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await Promise.race([once(out, 'drain'), failed]);
      buffer = '';
    }
  }
  out.end(buffer);
  await Promise.race([once(out, 'finish'), failed]);
}

/** Scores as written: six decimals, never rounded up across the threshold. */
export function formatScore(p: number): string {
  return (Math.floor(p * 1e6) / 1e6).toFixed(6);
}

function* pairLines(table: Records, result: LinkResult) {
  const { left, right, probability } = result.pairs;
  for (let k = 0; k < left.length; k++)
    yield `${csvField(table.ids[left[k]!]!)},${csvField(table.ids[right[k]!]!)},${formatScore(probability[k]!)}`;
}

function* clusterLines(table: Records, result: LinkResult) {
  for (let i = 0; i < table.size; i++)
    yield `${csvField(table.ids[i]!)},${csvField(table.ids[result.clusters[i]!]!)}`;
}

function* explanationLines(table: Records, result: LinkResult) {
  const { left, right, probability } = result.pairs;
  for (let k = 0; k < left.length; k++) {
    const e = explainPair(table, result.scorer, left[k]!, right[k]!);
    yield JSON.stringify({
      left_id: table.ids[left[k]!],
      right_id: table.ids[right[k]!],
      score: Number(formatScore(probability[k]!)),
      prior_weight: round(e.priorWeight),
      total_weight: round(e.totalWeight),
      calibration: { knots: e.calibration.knots.map(([w, z]) => [round(w), round(z)]) },
      names_swapped: e.namesSwapped,
      fields: e.fields.map((f) => ({ field: f.field, level: f.level, weight: round(f.weight) })),
    });
  }
}

export function writePairs(path: string, table: Records, result: LinkResult) {
  return writeLines(path, 'left_id,right_id,score', pairLines(table, result));
}

export function writeClusters(path: string, table: Records, result: LinkResult) {
  return writeLines(path, 'id,cluster_id', clusterLines(table, result));
}

export function writeExplanations(path: string, table: Records, result: LinkResult) {
  return writeLines(path, null, explanationLines(table, result));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
