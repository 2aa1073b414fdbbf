/**
 * The linkage pipeline over a prepared table: compare the candidate pairs, estimate the model from
 * them (without labels, and with investigators' decisions where there are some), score, and cluster without chaining through weak links. Every step works on
 * typed arrays; the comparison step takes a range of records so that worker threads can share it.
 */
import { seededRandom } from '../random.ts';
import { DATE_FULL_DIFFER } from './birth-date.ts';
import { type Blocks, buildBlocks, forEachCandidate } from './blocking.ts';
import {
  compareRecords,
  FIELD_LEVELS,
  frequencyAdjustment,
  LINK_FIELDS,
  type LinkField,
  levelBuffer,
  NAME_DIFFERENT,
  NAME_MISSING,
  NAME_NEAR,
  NAME_PHONETIC,
  nameFrequencyShare,
  SWAPPED,
} from './compare.ts';
import { estimate, type Model, patternCode, weights } from './fellegi-sunter.ts';
import {
  type Calibration,
  calibratedProbability,
  fitCalibration,
  type LabelCounts,
  learnM,
  UNCALIBRATED,
} from './labels.ts';
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

/** The levels of a pattern code, written into levels (the inverse of the comparison's code). */
export function decodePattern(code: number, levels: Uint8Array): void {
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
  fix: {
    fixU: boolean;
    fixM?: boolean;
    prior?: { m: readonly Float64Array[]; pairs: number };
    priorU?: { u: readonly Float64Array[]; pairs: number };
  },
): Model | null {
  const counts = new Map<number, number>();
  const levels = levelBuffer();
  for (let code = 0; code < PATTERN_COUNT; code++) {
    if (histogram[code] === 0) continue;
    decodePattern(code, levels);
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
  // by what registers usually show and half by itself; a large one by itself. With no pair at all
  // (one record), the usual u.
  const priorPairs = Math.max(1, Math.min(PRIOR_U_PAIRS, Math.max(taken, minimumPriorPairs)));
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
  [0.0001, 0.00001, 0.0005, 0.001, 0.02, 0.04, 0.015, 0.17, 0.75339, 1],
  [0.5, 0.5, 1],
  [0.3, 0.7, 1],
  // Travelling groups share a phone: among people one would compare, sharing one is not that rare.
  [0.0005, 0.9995, 1],
  [0.00001, 0.00001, 0.99998, 1],
].map((u) => Float64Array.from(u));

/** At most how many random pairs' worth of evidence the usual u counts for. */
const PRIOR_U_PAIRS = 5000;

/**
 * m as it comes out on large inputs (the generated benchmark data and FEBRL, rounded): what the
 * estimate starts from, and what it stays close to when an input has few pairs to learn from.
 * Two full dates differing in day and month (DATE_FULL_DIFFER) are one pair of the same person in
 * 2,000 at most: no slip of the pen makes them (on the generated data 3 in 10,000).
 */
export const PRIOR_M: readonly Float64Array[] = [
  [0.6, 0.18, 0.13, 0.04, 0.01, 0.04, 1],
  [0.62, 0.2, 0.1, 0.03, 0.01, 0.04, 1],
  [0.45, 0.01, 0.04, 0.03, 0.37, 0.08, 0.0005, 0.015, 0.002, 1],
  [0.97, 0.03, 1],
  [0.8, 0.2, 1],
  [0.75, 0.25, 1],
  [0.95, 0.04, 0.01, 1],
].map((m) => Float64Array.from(m));

/**
 * Levels whose m is not learnt upwards from unlabelled pairs: disagreements that a slip of the pen
 * does not explain (two full dates differing in two parts, dates years apart, another sex, another
 * document of the same kind). Without labels, EM reads namesakes (who agree on their names and
 * disagree on exactly these) as matches with a wrong date, and the disagreement stops counting;
 * their m stays at most the prior until labelled decisions say otherwise.
 */
export const CAPPED_M: readonly (readonly [field: number, level: number])[] = [
  [2, DATE_FULL_DIFFER],
  [3, 1],
];

/** How many pairs' worth of evidence the prior m counts for. */
const PRIOR_PAIRS = 50;

/**
 * Where a pair stands by its names, for the fields whose agreement means something else there:
 * - namesakes: the given names agree. Given names are a man's or a woman's and come from a
 *   country, so two different people with the same given name mostly agree on sex and often on
 *   nationality: agreement on those says less than between two records picked at random.
 * - household: the family names agree and the given names do not. Members of one family travel
 *   together: they share a phone, a nationality, often a birth year, and are of either sex. The
 *   same family name and phone with different given names is a family, not a person.
 * - otherwise, what random pairs show.
 */
export const CONTEXTS = ['random', 'namesakes', 'household', 'same_names'] as const;
export type Context = (typeof CONTEXTS)[number];
export const CONTEXT_RANDOM = 0;
export const CONTEXT_NAMESAKES = 1;
export const CONTEXT_HOUSEHOLD = 2;
export const CONTEXT_SAME_NAMES = 3;

/** The fields whose u depends on the context: birth date, sex, nationality, phone, document. */
export const CONTEXT_FIELDS: readonly number[] = [2, 3, 4, 5, 6];

export function contextOf(levels: ArrayLike<number>): number {
  if (levels[0]! <= NAME_PHONETIC && levels[1]! <= NAME_PHONETIC) return CONTEXT_SAME_NAMES;
  if (levels[0]! <= NAME_PHONETIC) return CONTEXT_NAMESAKES;
  // A missing given name leaves open whether it is the same person or a relative.
  if (levels[1]! <= NAME_PHONETIC && levels[0] !== NAME_MISSING) return CONTEXT_HOUSEHOLD;
  return CONTEXT_RANDOM;
}

/** u in each context, for the context fields; null where the context keeps the random-pair u. */
export type ContextU = (Float64Array | null)[][];

/** What different people in each context show, before the register is seen (null: as random pairs). */
const PRIOR_CONTEXT_U: readonly (readonly (readonly number[] | null)[])[] = [
  [null, null, null, null, null],
  // Namesakes: birth dates and phones as at random; sex nearly always and nationality often the same.
  [null, [0.95, 0.05, 1], [0.6, 0.4, 1], null, null],
  // A household: siblings' and spouses' years, either sex, one nationality, often one phone.
  [
    [0.001, 0.0001, 0.002, 0.002, 0.08, 0.08, 0.03, 0.35, 0.4549, 1],
    [0.5, 0.5, 1],
    [0.95, 0.05, 1],
    [0.3, 0.7, 1],
    null,
  ],
  // Same names: learnt by EM among the pairs whose names agree (estimateModel).
  [null, [0.95, 0.05, 1], [0.6, 0.4, 1], null, null],
];

/**
 * How many pairs whose names agree it takes before their own odds count for half: fewer, and the
 * names' weights say more.
 */
const SAME_NAMES_PAIRS = 200;

/** How many non-matches' worth the random pairs' u counts for among pairs whose names agree. */
const SAME_NAMES_U_PAIRS = 300;

/** How many pairs' worth the context priors count for against what the register shows. */
const PRIOR_CONTEXT_PAIRS = 200;

/**
 * u in the namesakes and household contexts from the candidate pairs that stand there and are
 * almost all different people: given names agreeing with family names different (namesakes), and
 * family names agreeing with given names different (households); each weighed against the prior.
 */
export function estimateContextU(histogram: Float64Array): ContextU {
  const levels = levelBuffer();
  const counts = CONTEXTS.map(() => CONTEXT_FIELDS.map((f) => new Float64Array(FIELD_LEVELS[f]!.levels)));
  for (let code = 0; code < PATTERN_COUNT; code++) {
    if (histogram[code] === 0) continue;
    decodePattern(code, levels);
    const context =
      levels[0]! <= NAME_PHONETIC && levels[1] === NAME_DIFFERENT
        ? CONTEXT_NAMESAKES
        : levels[1]! <= NAME_PHONETIC && levels[0] === NAME_DIFFERENT
          ? CONTEXT_HOUSEHOLD
          : -1;
    if (context < 0) continue;
    CONTEXT_FIELDS.forEach((f, k) => {
      counts[context]![k]![levels[f]!]! += histogram[code]!;
    });
  }
  return CONTEXTS.map((_, c) =>
    CONTEXT_FIELDS.map((f, k) => {
      const prior = PRIOR_CONTEXT_U[c]![k];
      if (!prior) return null;
      const missing = FIELD_LEVELS[f]!.missing;
      const n = counts[c]![k]!;
      let known = 0;
      for (let l = 0; l < n.length; l++) if (l !== missing) known += n[l]!;
      return Float64Array.from(n, (x, l) =>
        l === missing
          ? 1
          : Math.max(1e-6, (x + PRIOR_CONTEXT_PAIRS * prior[l]!) / (known + PRIOR_CONTEXT_PAIRS)),
      );
    }),
  );
}

/** A linkage model: Fellegi–Sunter's λ, m and u, and u where the names put a pair in a context. */
export interface LinkModel extends Model {
  contextU: ContextU;
  /**
   * Pairs whose given and family names both agree are scored from the odds that EM finds among
   * such pairs (the register's own share of namesakes: it grows with the register and with how
   * common its names are), not from the names' weights added to the prior; the names' level still
   * counts against its average there (exact above phonetic). Null when there were no such pairs.
   */
  sameNames: { log2Odds: number; meanNameWeight: number; pairs: number } | null;
}

/** Keeps m of the capped levels at most the prior, the rest of m scaled to sum to one again. */
function capM(m: Float64Array[]): Float64Array[] {
  const out = m.map((x) => x.slice());
  for (const [f, l] of CAPPED_M) {
    const field = FIELD_LEVELS[f]!;
    const cap = PRIOR_M[f]![l]!;
    const mf = out[f]!;
    if (mf[l]! <= cap) continue;
    const excess = mf[l]! - cap;
    mf[l] = cap;
    let rest = 0;
    for (let k = 0; k < field.levels; k++) if (k !== l && k !== field.missing) rest += mf[k]!;
    for (let k = 0; k < field.levels; k++)
      if (k !== l && k !== field.missing) mf[k] = mf[k]! + (excess * mf[k]!) / rest;
  }
  return out;
}

/**
 * λ, the share of matches among the compared pairs, by EM with every pattern's weight fixed:
 * each pattern's pairs are matches with probability λ·2^w / (λ·2^w + 1 − λ). Pairs whose names agree
 * have their odds from their own session whatever λ is. candidateShare is the share of all record
 * pairs that were compared, to turn λ into the prior of scoring.
 */
function estimateLambda(histogram: Float64Array, model: LinkModel, candidateShare: number): number {
  let lambda = 0.1;
  let total = 0;
  for (let code = 0; code < PATTERN_COUNT; code++) total += histogram[code]!;
  if (total === 0) return lambda;
  for (let iteration = 0; iteration < 200; iteration++) {
    // Weights are relative to the prior of scoring: the share of matches among all pairs.
    const prior = Math.min(0.5, Math.max(1e-12, lambda * candidateShare));
    const w = patternWeights({ ...model, lambda: prior });
    const priorOdds = prior / (1 - prior);
    let matches = 0;
    for (let code = 0; code < PATTERN_COUNT; code++) {
      const n = histogram[code]!;
      if (n === 0) continue;
      const odds = priorOdds * 2 ** w[code]!;
      matches += (n * odds) / (1 + odds);
    }
    const next = Math.min(0.999, Math.max(1e-9, matches / total));
    if (Math.abs(next - lambda) < 1e-6) return next;
    lambda = next;
  }
  return lambda;
}

/**
 * Estimates the model without labels, the way record-linkage practice does it: u from random pairs,
 * and in the namesakes and household contexts from the candidates that stand there; m by EM in two
 * sessions, each conditioned on agreement in some fields and learning the others (pairs whose names
 * agree teach the birth date, phone and document; pairs whose full birth dates agree teach the
 * names, sex and nationality), with the disagreements of CAPPED_M kept at their prior at most; then
 * λ, the share of matches among the candidates, by EM with the weights fixed, turned into the
 * probability that two random records match.
 */
export function estimateModel(
  table: LinkTable | Comparer,
  parts: readonly ComparedPairs[],
  randomU: Float64Array[] = estimateU(table),
  labels?: LabelCounts,
): LinkModel {
  const histogram = histogramOf(parts);
  const u = randomU.map((x) => x.slice());
  const contextU = estimateContextU(histogram);
  // Sex and nationality are learnt where the names are not given: they go with names.
  const learningU = u.map((x, f) => contextU[CONTEXT_NAMESAKES]![CONTEXT_FIELDS.indexOf(f)] ?? x);
  const start: Model = { lambda: 0.3, m: PRIOR_M.map((m) => m.slice()), u: learningU };
  const names = session(histogram, start, (l) => l[0]! <= NAME_NEAR && l[1]! <= NAME_NEAR, [0, 1, 3, 4], {
    fixU: true,
    prior: { m: PRIOR_M, pairs: PRIOR_PAIRS },
  });
  const dates = session(histogram, start, (l) => l[2] === 0, [2], {
    fixU: true,
    prior: { m: PRIOR_M, pairs: PRIOR_PAIRS },
  });
  const fromDates = new Set([0, 1, 3, 4]);
  const estimated = capM(
    start.m.map((m0, f) =>
      fromDates.has(f) ? ((dates ?? names)?.m[f] ?? m0) : ((names ?? dates)?.m[f] ?? m0),
    ),
  );
  // Investigators' decisions count in on top of EM (labels.ts).
  const m = labels ? learnM(estimated, labels) : estimated;
  const model: LinkModel = { lambda: 0.1, m, u, contextU, sameNames: null };
  // Among pairs whose names agree, different people are namesakes, not random pairs: the share of
  // them that are the same person, and what their birth dates, phones and documents show, are learnt
  // there (u starts from, and is held towards, the random pairs' by SAME_NAMES_U_PAIRS pairs, so that
  // a small register whose names say all there is to say does not lose its matches).
  const sameNames = session(
    histogram,
    names ?? start,
    (l) => l[0]! <= NAME_PHONETIC && l[1]! <= NAME_PHONETIC,
    [0, 1, 3, 4],
    {
      fixU: false,
      prior: { m: PRIOR_M, pairs: PRIOR_PAIRS },
      priorU: { u: learningU, pairs: SAME_NAMES_U_PAIRS },
    },
  );
  if (sameNames)
    for (const f of [2, 5, 6]) contextU[CONTEXT_SAME_NAMES]![CONTEXT_FIELDS.indexOf(f)] = sameNames.u[f]!;
  if (sameNames) {
    const sameNamesOdds = { log2Odds: 0, meanNameWeight: 0, pairs: 0 };
    // The names' own weight among the pairs of the session, on average, and the odds the session found.
    const w = weights(model, FIELD_LEVELS);
    const levels = levelBuffer();
    let pairs = 0;
    let total = 0;
    for (let code = 0; code < PATTERN_COUNT; code++) {
      if (histogram[code] === 0) continue;
      decodePattern(code, levels);
      if (contextOf(levels) !== CONTEXT_SAME_NAMES) continue;
      pairs += histogram[code]!;
      total += histogram[code]! * (w[0]![levels[0]!]! + w[1]![levels[1]!]!);
    }
    const share = Math.min(1 - 1e-6, Math.max(1e-6, sameNames.lambda));
    sameNamesOdds.log2Odds = Math.log2(share / (1 - share));
    sameNamesOdds.meanNameWeight = pairs > 0 ? total / pairs : 0;
    sameNamesOdds.pairs = pairs;
    model.sameNames = sameNamesOdds;
  }
  const candidates = parts.reduce((sum, p) => sum + p.length, 0);
  const allPairs = Math.max(1, (table.size * (table.size - 1)) / 2);
  const share = estimateLambda(histogram, model, candidates / allPairs);
  const matches = share * candidates;
  model.lambda = Math.min(0.5, Math.max(matches, 0.5) / allPairs);
  return model;
}

/** The weight of each field of one pattern's levels, in its context. */
export function fieldWeights(
  model: LinkModel,
  levels: ArrayLike<number>,
  out = new Float64Array(FIELD_LEVELS.length),
): Float64Array {
  const context = contextOf(levels);
  for (let f = 0; f < FIELD_LEVELS.length; f++) {
    const l = levels[f]!;
    if (l === FIELD_LEVELS[f]!.missing) {
      out[f] = 0;
      continue;
    }
    const k = CONTEXT_FIELDS.indexOf(f);
    const u = (k >= 0 ? model.contextU[context]?.[k] : null) ?? model.u[f]!;
    out[f] = Math.log2(model.m[f]![l]! / u[l]!);
  }
  if (context === CONTEXT_SAME_NAMES && model.sameNames) {
    // The names together weigh what the session's odds say against the prior, half on each; a
    // session of few pairs is weighed against what the names' weights alone say (SAME_NAMES_PAIRS).
    const { log2Odds, meanNameWeight, pairs } = model.sameNames;
    const prior = Math.log2(model.lambda / (1 - model.lambda));
    const trust = pairs / (pairs + SAME_NAMES_PAIRS);
    const offset = (trust * (log2Odds - prior - meanNameWeight)) / 2;
    out[0]! += offset;
    out[1]! += offset;
  }
  return out;
}

/** The total weight of every pattern, in its context. */
export function patternWeights(model: LinkModel): Float64Array {
  const levels = levelBuffer();
  const w = new Float64Array(FIELD_LEVELS.length);
  const out = new Float64Array(PATTERN_COUNT);
  for (let code = 0; code < PATTERN_COUNT; code++) {
    decodePattern(code, levels);
    fieldWeights(model, levels, w);
    let total = 0;
    for (let f = 0; f < w.length; f++) total += w[f]!;
    out[code] = total;
  }
  return out;
}

/** A model ready for scoring: each field's weights (outside any context) and the total weight of every pattern. */
export interface Scorer {
  model: LinkModel;
  weights: Float64Array[];
  patternWeight: Float64Array;
  priorWeight: number;
  /** How a total weight becomes a probability: the model's own until decisions teach otherwise. */
  calibration: Calibration;
}

export function scorer(model: LinkModel, calibration: Calibration = UNCALIBRATED): Scorer {
  return {
    model,
    weights: weights(model, FIELD_LEVELS),
    patternWeight: patternWeights(model),
    priorWeight: Math.log2(model.lambda / (1 - model.lambda)),
    calibration,
  };
}

/** Match probability of one compared pair. */
export function pairProbability(s: Scorer, pattern: number, frequency: number): number {
  return calibratedProbability(s.calibration, s.priorWeight + s.patternWeight[pattern]! + frequency);
}

/** The scorer with its calibration fitted to decided pairs (labels.ts), when there are some. */
export function calibrateScorer(s: Scorer, labels: LabelCounts | undefined): Scorer {
  if (!labels || labels.decided.length === 0) return s;
  const weight = Float64Array.from(
    labels.decided,
    ([pattern, frequency]) => s.priorWeight + (s.patternWeight[pattern] ?? 0) + frequency,
  );
  const same = Float64Array.from(labels.decided, (d) => d[2]);
  return { ...s, calibration: fitCalibration(weight, same) };
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

/** The fields whose agreement is adjusted by how common the agreeing value is: the names and the phone. */
const FREQUENCY_FIELDS = [0, 1, 5] as const;

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
  /** probability = 1 / (1 + 2^−z), z the calibration's log-odds of totalWeight (labels.ts). */
  calibration: { knots: [number, number][] };
  /** The part of the fields' weights that comes from how common the agreeing names and phone are. */
  frequencyWeight: number;
  namesSwapped: boolean;
  fields: FieldExplanation[];
}

export function explainPair(records: LinkTable | Comparer, s: Scorer, i: number, j: number): PairExplanation {
  const table = comparerOf(records);
  const levels = levelBuffer();
  table.compare(i, j, levels);
  const w = fieldWeights(s.model, levels);
  const fields = LINK_FIELDS.map((f, index) => ({
    field: f.field,
    level: f.levels[levels[index]!]!,
    weight: w[index]!,
  }));
  // Each name's and the phone's frequency adjustment is shown on that field, the names' at the
  // share the pair's levels give them (nameFrequencyShare: less between namesakes). Each is
  // computed with the other frequency fields out of play, which also leaves the share at all.
  const one = levelBuffer();
  one.set(levels);
  const nameShare = nameFrequencyShare(levels);
  for (const field of FREQUENCY_FIELDS) {
    for (const other of FREQUENCY_FIELDS) one[other] = other === field ? levels[other]! : 99;
    fields[field]!.weight += table.frequency(i, j, one) * (field === 5 ? 1 : nameShare);
  }
  const fieldTotal = fields.reduce((sum, f) => sum + f.weight, 0);
  return {
    probability: calibratedProbability(s.calibration, s.priorWeight + fieldTotal),
    priorWeight: s.priorWeight,
    totalWeight: s.priorWeight + fieldTotal,
    calibration: { knots: s.calibration.knots },
    frequencyWeight: table.frequency(i, j, levels),
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
