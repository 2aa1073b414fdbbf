/**
 * The linkage pipeline over a prepared table: compare the candidate pairs, estimate the model from
 * them without labels, score, and cluster without chaining through weak links. Every step works on
 * typed arrays; the comparison step takes a range of records so that worker threads can share it.
 */
import { seededRandom } from '../random.ts';
import { type Blocks, buildBlocks, forEachCandidate } from './blocking.ts';
import {
  compareRecords,
  FIELD_LEVELS,
  frequencyAdjustment,
  LINK_FIELDS,
  type LinkField,
  levelBuffer,
  NAME_DIFFERENT,
  NAME_NEAR,
  NAME_PHONETIC,
  SWAPPED,
} from './compare.ts';
import { estimate, type Model, matchProbability, patternCode, weights } from './fellegi-sunter.ts';
import type { LinkTable } from './record.ts';

/** How many distinct comparison patterns there are: the product of the fields' level counts. */
export const PATTERN_COUNT = FIELD_LEVELS.reduce((product, f) => product * f.levels, 1);

/**
 * What the pipeline needs of a set of records: how many, and how any two compare. A LinkTable of
 * plaintext records is one; the private matcher's encoded records are another, so both are scored,
 * estimated and clustered by the same code.
 */
export interface Comparer {
  readonly size: number;
  /** Writes one level per field (then the swapped flag) into out; returns the pattern code. */
  compare(i: number, j: number, out: Uint8Array): number;
  /** The term-frequency adjustment in bits, given the levels compare wrote. */
  frequency(i: number, j: number, levels: Uint8Array): number;
  /** Compares many pairs at once, when the records can do that faster than one by one. */
  compareBatch?(
    left: Int32Array,
    right: Int32Array,
    count: number,
    pattern: Uint16Array,
    frequency: Float32Array,
  ): void;
}

const comparers = new WeakMap<LinkTable, Comparer>();

/** The comparer of plaintext records. */
export function comparerOf(records: LinkTable | Comparer): Comparer {
  if ('compare' in records) return records;
  let comparer = comparers.get(records);
  if (!comparer) {
    const table = records;
    comparer = {
      size: table.size,
      compare: (i, j, out) => compareRecords(table, i, j, out),
      frequency: (i, j, levels) => frequencyAdjustment(table, i, j, levels),
    };
    comparers.set(table, comparer);
  }
  return comparer;
}

/** Compared candidate pairs, in parallel columns; only the first `length` entries are used. */
export interface ComparedPairs {
  length: number;
  left: Int32Array;
  right: Int32Array;
  pattern: Uint16Array;
  /** Term-frequency adjustment of the pair, in bits. */
  frequency: Float32Array;
}

function emptyPairs(capacity: number): ComparedPairs {
  return {
    length: 0,
    left: new Int32Array(capacity),
    right: new Int32Array(capacity),
    pattern: new Uint16Array(capacity),
    frequency: new Float32Array(capacity),
  };
}

function grow(pairs: ComparedPairs): ComparedPairs {
  const next = emptyPairs(pairs.left.length * 2);
  next.left.set(pairs.left);
  next.right.set(pairs.right);
  next.pattern.set(pairs.pattern);
  next.frequency.set(pairs.frequency);
  next.length = pairs.length;
  return next;
}

/** Compares every candidate pair whose first record is in [from, to). */
export function compareCandidates(
  records: LinkTable | Comparer,
  blocks: Blocks,
  from = 0,
  to = records.size,
): ComparedPairs {
  const table = comparerOf(records);
  let pairs = emptyPairs(Math.max(1024, (to - from) * 4));
  const levels = levelBuffer();
  const stamp = new Int32Array(table.size).fill(-1);
  if (table.compareBatch) {
    forEachCandidate(blocks, from, to, stamp, (i, j) => {
      if (pairs.length === pairs.left.length) pairs = grow(pairs);
      const n = pairs.length++;
      pairs.left[n] = i;
      pairs.right[n] = j;
    });
    table.compareBatch(pairs.left, pairs.right, pairs.length, pairs.pattern, pairs.frequency);
    return pairs;
  }
  forEachCandidate(blocks, from, to, stamp, (i, j) => {
    if (pairs.length === pairs.left.length) pairs = grow(pairs);
    const n = pairs.length++;
    pairs.left[n] = i;
    pairs.right[n] = j;
    pairs.pattern[n] = table.compare(i, j, levels);
    pairs.frequency[n] = table.frequency(i, j, levels);
  });
  return pairs;
}

function decode(code: number, levels: Uint8Array): void {
  let rest = code;
  for (let f = 0; f < FIELD_LEVELS.length; f++) {
    levels[f] = rest % FIELD_LEVELS[f]!.levels;
    rest = Math.floor(rest / FIELD_LEVELS[f]!.levels);
  }
}

function histogramOf(parts: readonly ComparedPairs[]): Float64Array {
  const histogram = new Float64Array(PATTERN_COUNT);
  for (const part of parts) for (let p = 0; p < part.length; p++) histogram[part.pattern[p]!]!++;
  return histogram;
}

/**
 * EM over the compared pairs whose pattern passes `keep`, with the fields in `condition` set to
 * missing: the fields a session is conditioned on say nothing within it.
 */
function session(
  histogram: Float64Array,
  start: Model,
  keep: (levels: Uint8Array) => boolean,
  condition: readonly number[],
  fix: { fixU: boolean; fixM?: boolean; prior?: { m: readonly Float64Array[]; pairs: number } },
): Model | null {
  const counts = new Map<number, number>();
  const levels = levelBuffer();
  for (let code = 0; code < PATTERN_COUNT; code++) {
    if (histogram[code] === 0) continue;
    decode(code, levels);
    if (!keep(levels)) continue;
    for (const f of condition) levels[f] = FIELD_LEVELS[f]!.missing!;
    const remapped = patternCode(FIELD_LEVELS, levels);
    counts.set(remapped, (counts.get(remapped) ?? 0) + histogram[code]!);
  }
  if (counts.size === 0) return null;
  const { iterations: _, ...model } = estimate(
    FIELD_LEVELS,
    Uint32Array.from(counts.keys()),
    Float64Array.from(counts.values()),
    {
      start: { lambda: start.lambda, m: start.m.map((m) => m.slice()), u: start.u.map((u) => u.slice()) },
      maxIterations: 200,
      ...fix,
    },
  );
  return model;
}

/**
 * u: how often two records picked at random (almost all different people) land on each level,
 * from a seeded sample of random pairs, or from all pairs of a small table.
 */
export function estimateU(
  records: LinkTable | Comparer,
  samples = 300_000,
  seed = 1,
  minimumPriorPairs = 0,
): Float64Array[] {
  const table = comparerOf(records);
  const n = table.size;
  const counts = FIELD_LEVELS.map((f) => new Float64Array(f.levels));
  const levels = levelBuffer();
  const add = (i: number, j: number) => {
    table.compare(i, j, levels);
    for (let f = 0; f < FIELD_LEVELS.length; f++) counts[f]![levels[f]!]!++;
  };
  const allPairs = (n * (n - 1)) / 2;
  let taken = 0;
  if (allPairs <= samples) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) add(i, j);
    taken = allPairs;
  } else {
    const next = seededRandom(seed);
    while (taken < samples) {
      const i = Math.floor(next() * n);
      const j = Math.floor(next() * n);
      if (i === j) continue;
      add(i, j);
      taken++;
    }
  }
  // Counted pairs are added to the usual u, worth as many pairs as were counted (up to
  // PRIOR_U_PAIRS): a small table, where a few pairs make any agreement look common, is weighed half
  // by what registers usually show and half by itself; a large one by itself.
  const priorPairs = Math.min(PRIOR_U_PAIRS, Math.max(taken, minimumPriorPairs));
  return counts.map((c, f) => {
    const missing = FIELD_LEVELS[f]!.missing;
    let known = 0;
    for (let l = 0; l < c.length; l++) if (l !== missing) known += c[l]!;
    const u = new Float64Array(c.length);
    for (let l = 0; l < c.length; l++) {
      u[l] =
        l === missing ? 1 : Math.max(1e-6, (c[l]! + priorPairs * PRIOR_U[f]![l]!) / (known + priorPairs));
    }
    return u;
  });
}

/** u as random pairs of large registers give it (the generated benchmark data, rounded). */
export const PRIOR_U: readonly Float64Array[] = [
  [0.002, 0.003, 0.005, 0.007, 0.004, 0.979, 1],
  [0.001, 0.001, 0.001, 0.004, 0.001, 0.992, 1],
  [0.0001, 0.0001, 0.001, 0.02, 0.05, 0.18, 0.7488, 1],
  // Sex and nationality as among people whose names are alike (see followNames).
  [0.95, 0.05, 1],
  [0.6, 0.4, 1],
  // Travelling groups share a phone: among people one would compare, sharing one is not that rare.
  [0.0005, 0.9995, 1],
  [0.00001, 0.00001, 0.99998, 1],
].map((u) => Float64Array.from(u));

/** At most how many random pairs' worth of evidence the usual u counts for. */
const PRIOR_U_PAIRS = 5000;

/**
 * m as it comes out on large inputs (the generated benchmark data and FEBRL, rounded): what the
 * estimate starts from, and what it stays close to when an input has few pairs to learn from.
 */
export const PRIOR_M: readonly Float64Array[] = [
  [0.6, 0.18, 0.13, 0.04, 0.01, 0.04, 1],
  [0.62, 0.2, 0.1, 0.03, 0.01, 0.04, 1],
  [0.45, 0.01, 0.07, 0.37, 0.08, 0.018, 0.002, 1],
  [0.97, 0.03, 1],
  [0.8, 0.2, 1],
  [0.75, 0.25, 1],
  [0.95, 0.04, 0.01, 1],
].map((m) => Float64Array.from(m));

/** How many pairs' worth of evidence the prior m counts for. */
const PRIOR_PAIRS = 50;

/**
 * Sex and nationality go with names: two people whose given names agree are mostly of one sex and
 * often of one country, so agreement on those says less about a pair with similar names than about
 * two records picked at random. Their u is therefore taken from candidate pairs whose given names
 * agree while their family names differ (different people of the same naming tradition), when
 * there are enough of them.
 */
function followNames(histogram: Float64Array, u: Float64Array[]): void {
  const levels = levelBuffer();
  const counts = [3, 4].map((f) => new Float64Array(FIELD_LEVELS[f]!.levels));
  let pairs = 0;
  for (let code = 0; code < PATTERN_COUNT; code++) {
    if (histogram[code] === 0) continue;
    decode(code, levels);
    if (levels[0]! > NAME_PHONETIC || levels[1] !== NAME_DIFFERENT) continue;
    pairs += histogram[code]!;
    counts[0]![levels[3]!]! += histogram[code]!;
    counts[1]![levels[4]!]! += histogram[code]!;
  }
  if (pairs < 1000) return;
  [3, 4].forEach((f, k) => {
    const c = counts[k]!;
    const known = c[0]! + c[1]!;
    if (known < 1000) return;
    u[f] = Float64Array.from([c[0]! / known, c[1]! / known, 1]);
  });
}

/**
 * Estimates the model without labels, the way record-linkage practice does it: u from random pairs;
 * m by EM in two sessions, each conditioned on agreement in some fields and learning the others
 * (pairs whose names agree teach the birth date, phone and document; pairs whose full birth dates
 * agree teach the names, sex and nationality); then λ, the share of matches among the candidates, by EM
 * with m and u fixed, turned into the probability that two random records match.
 */
export function estimateModel(
  table: LinkTable | Comparer,
  parts: readonly ComparedPairs[],
  randomU: Float64Array[] = estimateU(table),
): Model {
  const histogram = histogramOf(parts);
  const u = randomU.map((x) => x.slice());
  followNames(histogram, u);
  const start: Model = { lambda: 0.3, m: PRIOR_M.map((m) => m.slice()), u };
  // Sex and nationality go with names (given names are a man's or a woman's; family names come
  // from a country), so namesakes agree on them too: they are learnt where names are not given.
  const names = session(histogram, start, (l) => l[0]! <= NAME_NEAR && l[1]! <= NAME_NEAR, [0, 1, 3, 4], {
    fixU: true,
    prior: { m: PRIOR_M, pairs: PRIOR_PAIRS },
  });
  const dates = session(histogram, start, (l) => l[2] === 0, [2], {
    fixU: true,
    prior: { m: PRIOR_M, pairs: PRIOR_PAIRS },
  });
  const fromDates = new Set([0, 1, 3, 4]);
  const m = start.m.map((m0, f) =>
    fromDates.has(f) ? ((dates ?? names)?.m[f] ?? m0) : ((names ?? dates)?.m[f] ?? m0),
  );
  const all = session(histogram, { lambda: 0.1, m, u }, () => true, [], { fixU: true, fixM: true });
  const candidates = parts.reduce((sum, p) => sum + p.length, 0);
  const allPairs = Math.max(1, (table.size * (table.size - 1)) / 2);
  const matches = (all?.lambda ?? 0) * candidates;
  const lambda = Math.min(0.5, Math.max(matches, 0.5) / allPairs);
  return { lambda, m, u };
}

/** A model ready for scoring: each field's weights and the total weight of every pattern. */
export interface Scorer {
  model: Model;
  weights: Float64Array[];
  patternWeight: Float64Array;
  priorWeight: number;
}

export function scorer(model: Model): Scorer {
  const w = weights(model, FIELD_LEVELS);
  const patternWeight = new Float64Array(PATTERN_COUNT);
  for (let code = 0; code < PATTERN_COUNT; code++) {
    let rest = code;
    let total = 0;
    for (let f = 0; f < FIELD_LEVELS.length; f++) {
      const levels = FIELD_LEVELS[f]!.levels;
      total += w[f]![rest % levels]!;
      rest = Math.floor(rest / levels);
    }
    patternWeight[code] = total;
  }
  return { model, weights: w, patternWeight, priorWeight: Math.log2(model.lambda / (1 - model.lambda)) };
}

/** Match probability of one compared pair. */
export function pairProbability(s: Scorer, pattern: number, frequency: number): number {
  return matchProbability(s.model, s.patternWeight[pattern]! + frequency);
}

/** Scored pairs at or above a threshold, best first. */
export interface ScoredPairs {
  left: Int32Array;
  right: Int32Array;
  probability: Float64Array;
}

export function scorePairs(parts: readonly ComparedPairs[], s: Scorer, threshold: number): ScoredPairs {
  let kept = 0;
  const probabilities = parts.map((part) => {
    const p = new Float64Array(part.length);
    for (let k = 0; k < part.length; k++) {
      p[k] = pairProbability(s, part.pattern[k]!, part.frequency[k]!);
      if (p[k]! >= threshold) kept++;
    }
    return p;
  });
  const left = new Int32Array(kept);
  const right = new Int32Array(kept);
  const probability = new Float64Array(kept);
  let n = 0;
  parts.forEach((part, index) => {
    const p = probabilities[index]!;
    for (let k = 0; k < part.length; k++) {
      if (p[k]! < threshold) continue;
      left[n] = part.left[k]!;
      right[n] = part.right[k]!;
      probability[n++] = p[k]!;
    }
  });
  const order = new Int32Array(kept);
  for (let k = 0; k < kept; k++) order[k] = k;
  order.sort((a, b) => probability[b]! - probability[a]! || left[a]! - left[b]! || right[a]! - right[b]!);
  return {
    left: order.map((k) => left[k]!),
    right: order.map((k) => right[k]!),
    probability: Float64Array.from(order, (k) => probability[k]!),
  };
}

export interface ClusterOptions {
  /**
   * Two clusters joined by a strong link are still kept apart when any record of one and any record
   * of the other score below this: the guard against chaining A–B–C when A and C are clearly different.
   */
  floor: number;
  /** Clusters whose cross pairs would exceed this many are not joined: one person, not a crowd. */
  maxCrossPairs: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { floor: 0.05, maxCrossPairs: 2500 };

/**
 * Clusters from scored pairs (best first): each record's cluster index is the index of its first
 * record. Links are taken from the strongest down; a link joins two clusters only if every record of
 * one scores at least the floor against every record of the other.
 */
export function clusterRecords(
  records: LinkTable | Comparer,
  s: Scorer,
  pairs: ScoredPairs,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Int32Array {
  const table = comparerOf(records);
  const n = table.size;
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const next = new Int32Array(n).fill(-1); // members of a cluster as a linked list from its root
  const tail = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    parent[i] = i;
    tail[i] = i;
  }
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const up = parent[i]!;
      parent[i] = root;
      i = up;
    }
    return root;
  };
  const levels = levelBuffer();
  const allAbove = (ra: number, rb: number, a: number, b: number): boolean => {
    if (size[ra]! * size[rb]! > options.maxCrossPairs) return false;
    for (let x = ra; x !== -1; x = next[x]!) {
      for (let y = rb; y !== -1; y = next[y]!) {
        if ((x === a && y === b) || (x === b && y === a)) continue;
        const pattern = table.compare(x, y, levels);
        const p = pairProbability(s, pattern, table.frequency(x, y, levels));
        if (p < options.floor) return false;
      }
    }
    return true;
  };
  for (let k = 0; k < pairs.left.length; k++) {
    const a = pairs.left[k]!;
    const b = pairs.right[k]!;
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) continue;
    if ((size[ra]! > 1 || size[rb]! > 1) && !allAbove(ra, rb, a, b)) continue;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
    next[tail[ra]!] = rb;
    tail[ra] = tail[rb]!;
  }
  // A cluster is named by its first record.
  const first = new Int32Array(n).fill(-1);
  const cluster = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (first[root] === -1) first[root] = i;
    cluster[i] = first[root]!;
  }
  return cluster;
}

export interface FieldExplanation {
  field: LinkField;
  level: string;
  /** The field's weight in bits: log2(m / u) of its level, with the name's frequency adjustment. */
  weight: number;
}

/** Why two records scored as they did: the prior and each field's weight add up to the total. */
export interface PairExplanation {
  probability: number;
  priorWeight: number;
  totalWeight: number;
  namesSwapped: boolean;
  fields: FieldExplanation[];
}

export function explainPair(records: LinkTable | Comparer, s: Scorer, i: number, j: number): PairExplanation {
  const table = comparerOf(records);
  const levels = levelBuffer();
  table.compare(i, j, levels);
  const fields = LINK_FIELDS.map((f, index) => ({
    field: f.field,
    level: f.levels[levels[index]!]!,
    weight: s.weights[index]![levels[index]!]!,
  }));
  // Each name's frequency adjustment is shown on that name.
  const exactOnly = levelBuffer();
  exactOnly.set(levels);
  for (const name of [0, 1]) {
    exactOnly[0] = name === 0 ? levels[0]! : 99;
    exactOnly[1] = name === 1 ? levels[1]! : 99;
    fields[name]!.weight += table.frequency(i, j, exactOnly);
  }
  const fieldTotal = fields.reduce((sum, f) => sum + f.weight, 0);
  return {
    probability: matchProbability(s.model, fieldTotal),
    priorWeight: s.priorWeight,
    totalWeight: s.priorWeight + fieldTotal,
    namesSwapped: levels[SWAPPED] === 1,
    fields,
  };
}

export interface LinkOptions {
  threshold: number;
  cluster?: ClusterOptions;
  /**
   * At least how many pairs' worth of the usual u to weigh in, however few records there are: for
   * a matcher that stands for a whole region's registers even when few records have reached it.
   */
  minimumPriorPairs?: number;
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
  const s = scorer(
    estimateModel(table, parts, randomU ?? estimateU(table, undefined, undefined, options.minimumPriorPairs)),
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
