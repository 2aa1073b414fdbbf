/**
 * Estimating the model from the compared pairs: u from random pairs and per context, m by expectation
 * maximisation (with investigators' decisions counted in where there are some), the share of matches,
 * and the priors small inputs lean on.
 */
import { seededRandom } from '../random.ts';
import { DATE_FULL_DIFFER } from './birth-date.ts';
import { type ComparedPairs, type Comparer, comparerOf, decodePattern, PATTERN_COUNT } from './candidates.ts';
import {
  FIELD_LEVELS,
  levelBuffer,
  NAME_DIFFERENT,
  NAME_MISSING,
  NAME_NEAR,
  NAME_PHONETIC,
} from './compare.ts';
import { estimate, type Model, patternCode, weights } from './fellegi-sunter.ts';
import { type LabelCounts, learnM } from './labels.ts';
import type { LinkTable } from './record.ts';
import { patternWeights } from './scoring.ts';

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
export const SAME_NAMES_PAIRS = 200;

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
