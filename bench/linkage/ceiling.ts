/**
 * The ceiling of any scorer on a register: the best pairwise F1 that a decision made per
 * comparison pattern (and term-frequency bucket) can reach, each pattern decided by the truth
 * itself. No weights over the same comparisons do better (the ceiling is even a little generous:
 * a pattern seen once is always right). When a target stands above it, the comparisons, not the
 * weights, lack the information.
 */
import { buildBlocks, compareCandidates } from '@veza/core';
import { readLinkFiles } from '@veza/server/linkage';
import { type PairwiseScores, scoreCounts } from './metrics.ts';

export async function scoringCeiling(
  file: string,
  index: Map<string, number>,
  truthEntity: Int32Array,
): Promise<PairwiseScores> {
  const table = await readLinkFiles([file]);
  const entity = Int32Array.from(table.ids, (id) => truthEntity[index.get(id)!]!);
  const compared = compareCandidates(table, buildBlocks(table));
  // pattern and frequency bucket -> [same person, different people]
  const byKey = new Map<number, [number, number]>();
  for (let k = 0; k < compared.length; k++) {
    const key = compared.pattern[k]! * 64 + Math.round(compared.frequency[k]! / 2) + 32;
    let counts = byKey.get(key);
    if (!counts) {
      counts = [0, 0];
      byKey.set(key, counts);
    }
    counts[entity[compared.left[k]!] === entity[compared.right[k]!] ? 0 : 1]++;
  }
  let predicted = 0;
  let correct = 0;
  for (const [same, different] of byKey.values())
    if (same >= different) {
      predicted += same + different;
      correct += same;
    }
  return scoreCounts(entity, predicted, correct);
}
