/**
 * Pairwise precision, recall and F1 of linkage output against the truth: over all record pairs,
 * a pair is a true match when both records belong to the same person.
 */

export interface PairwiseScores {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

function scores(truePairs: number, predictedPairs: number, correctPairs: number): PairwiseScores {
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    truePairs,
    predictedPairs,
    correctPairs,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
  };
}

/** The number of pairs among groups of the given sizes. */
function pairsIn(groupSizes: Iterable<number>): number {
  let total = 0;
  for (const k of groupSizes) total += (k * (k - 1)) / 2;
  return total;
}

function countBy(values: ArrayLike<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) counts.set(values[i]!, (counts.get(values[i]!) ?? 0) + 1);
  return counts;
}

/** Scores a prediction given as counts: how many pairs were predicted, and how many of them are right. */
export function scoreCounts(
  entity: Int32Array,
  predictedPairs: number,
  correctPairs: number,
): PairwiseScores {
  return scores(pairsIn(countBy(entity).values()), predictedPairs, correctPairs);
}

/** Scores a list of predicted pairs (record indexes) against each record's true entity. */
export function scorePairList(
  entity: Int32Array,
  left: ArrayLike<number>,
  right: ArrayLike<number>,
  count = left.length,
): PairwiseScores {
  let correct = 0;
  for (let k = 0; k < count; k++) if (entity[left[k]!] === entity[right[k]!]) correct++;
  return scoreCounts(entity, count, correct);
}

/** Scores clusters (a cluster number per record): every pair within a cluster is predicted. */
export function scoreClusters(entity: Int32Array, cluster: Int32Array): PairwiseScores {
  const both = new Map<string, number>();
  for (let i = 0; i < entity.length; i++) {
    const key = `${cluster[i]}:${entity[i]}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  return scores(
    pairsIn(countBy(entity).values()),
    pairsIn(countBy(cluster).values()),
    pairsIn(both.values()),
  );
}

/** The size of the largest cluster (a cluster number per record). */
export function largestCluster(cluster: Int32Array): number {
  let largest = 0;
  for (const n of countBy(cluster).values()) largest = Math.max(largest, n);
  return largest;
}

/** Score ranges whose precision is reported: does a score of 0.9 mean nine in ten? */
export const SCORE_BANDS: readonly [number, number][] = [
  [0.1, 0.3],
  [0.3, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 0.99],
  [0.99, 0.999],
  [0.999, 1.0001],
];

export interface BandScores {
  from: number;
  to: number;
  pairs: number;
  precision: number;
  meanScore: number;
}

/** The precision of the pairs in each score range, beside their mean score (calibration). */
export function scoreBands(
  entity: Int32Array,
  pairs: { left: ArrayLike<number>; right: ArrayLike<number>; score: ArrayLike<number> },
  bands: readonly [number, number][] = SCORE_BANDS,
): BandScores[] {
  return bands.map(([from, to]) => {
    let n = 0;
    let correct = 0;
    let sum = 0;
    for (let k = 0; k < pairs.score.length; k++) {
      const p = pairs.score[k]!;
      if (p < from || p >= to) continue;
      n++;
      sum += p;
      if (entity[pairs.left[k]!] === entity[pairs.right[k]!]) correct++;
    }
    const round = (x: number) => Math.round(x * 10_000) / 10_000;
    return {
      from,
      to: Math.min(1, to),
      pairs: n,
      precision: n === 0 ? 1 : round(correct / n),
      meanScore: n === 0 ? 0 : round(sum / n),
    };
  });
}
