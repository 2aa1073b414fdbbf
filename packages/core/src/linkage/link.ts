/**
 * The linkage pipeline over a prepared table: compare the candidate pairs (candidates.ts), estimate
 * the model from them (estimation.ts: without labels, and with investigators' decisions where there
 * are some), score (scoring.ts), and cluster without chaining through weak links (cluster.ts); why a
 * pair scored as it did is explain.ts. Every step works on typed arrays; the comparison step takes a
 * range of records so that worker threads can share it.
 */
import { buildBlocks } from './blocking.ts';
import { type ComparedPairs, type Comparer, compareCandidates } from './candidates.ts';
import { type ClusterOptions, clusterRecords } from './cluster.ts';
import { estimateModel, estimateU } from './estimation.ts';
import type { LabelCounts } from './labels.ts';
import type { LinkTable } from './record.ts';
import { calibrateScorer, type ScoredPairs, type Scorer, scorePairs, scorer } from './scoring.ts';

export * from './candidates.ts';
export * from './cluster.ts';
export * from './estimation.ts';
export * from './explain.ts';
export * from './scoring.ts';

export interface LinkOptions {
  threshold: number;
  cluster?: ClusterOptions;
  /**
   * At least how many pairs' worth of the usual u to weigh in, however few records there are: for
   * a matcher that stands for a whole region's registers even when few records have reached it.
   */
  minimumPriorPairs?: number;
  /** Investigators' decisions on earlier pairs, as level counts (labels.ts). */
  labels?: LabelCounts;
}

/**
 * The default threshold: pairs the model thinks more likely the same person than not. On the
 * benchmarks (bench/README.md) pairwise F1 peaks near it, on the generated data and on FEBRL alike.
 */
export const DEFAULT_THRESHOLD = 0.5;

export interface LinkResult {
  scorer: Scorer;
  candidates: number;
  pairs: ScoredPairs;
  clusters: Int32Array;
  /** Milliseconds spent in each step, for benchmarks. */
  timings: Record<string, number>;
}

/** The whole pipeline on one thread: block, compare, estimate, score, cluster. */
export function linkTable(table: LinkTable, options: LinkOptions): LinkResult {
  const blocks = buildBlocks(table);
  const compared = compareCandidates(table, blocks);
  return finishLink(table, [compared], options);
}

/** Estimation, scoring and clustering over pairs compared by one or more workers. */
export function finishLink(
  table: LinkTable | Comparer,
  parts: readonly ComparedPairs[],
  options: LinkOptions,
  randomU?: Float64Array[],
): LinkResult {
  let t = performance.now();
  const timings: Record<string, number> = {};
  const lap = (step: string) => {
    const now = performance.now();
    timings[step] = Math.round(now - t);
    t = now;
  };
  const s = calibrateScorer(
    scorer(
      estimateModel(
        table,
        parts,
        randomU ?? estimateU(table, undefined, undefined, options.minimumPriorPairs),
        options.labels,
      ),
    ),
    options.labels,
  );
  lap('estimate');
  const pairs = scorePairs(parts, s, options.threshold);
  lap('score');
  const clusters = clusterRecords(table, s, pairs, options.cluster);
  lap('cluster');
  return {
    scorer: s,
    candidates: parts.reduce((sum, p) => sum + p.length, 0),
    pairs,
    clusters,
    timings,
  };
}
