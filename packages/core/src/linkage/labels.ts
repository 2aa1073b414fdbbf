/**
 * What investigators' decisions teach the model. A merge or a confirmed hit says that a pair is the
 * same person; "not the same person" or "not relevant" says it is not. Only the pair's comparison
 * levels are kept (no name, date or number), as counts per field and level: counts add up across
 * jurisdictions without a record crossing, and they are what a model version stores.
 *
 * m is learnt from the pairs decided the same person, as Splink's estimation from labels does
 * (the share of labelled matches at each level), weighed against what EM found on the register as
 * if that had been LABEL_PRIOR_PAIRS labelled pairs: a few hundred decisions nudge, thousands decide.
 * The prior is heavy because decided matches are not drawn at random: investigators decide the pairs
 * the engine suggested short of certain, which disagree more than matches do, so their m alone
 * makes disagreement weigh too little. On the benchmark (200 decisions, 100k records) a prior of 50
 * pairs raised pairwise F1 by 0.0014 and lowered cluster F1 by 0.0034; 500 pairs give +0.0016 and
 * −0.0004 (bench README "Learning from decisions").
 *
 * u is not learnt from the pairs decided different people, although they are counted (the model
 * page shows where they stood): the pairs anyone decides on are the ones the engine suggested, so
 * the different people among them agree far more often than different people do, and u learnt from
 * them made agreement weigh less for everyone (on the benchmark, 200 decisions cost 0.01 of F1).
 * m does not suffer as much: a suggested match is much like any match.
 */
import { FIELD_LEVELS, LINK_FIELDS } from './compare.ts';
import { patternCode } from './fellegi-sunter.ts';

/** How many labelled pairs EM's estimate counts for against the labels. */
export const LABEL_PRIOR_PAIRS = 500;

export interface LabelCounts {
  /** Pairs decided the same person, and different people. */
  matches: number;
  nonMatches: number;
  /** m: per field, per level, the pairs decided the same person that stood there. */
  m: number[][];
  /**
   * u: per context (CONTEXTS of link.ts), per field, per level, the pairs decided different people
   * that stood there.
   */
  u: number[][][];
  /**
   * Each decided pair as [pattern code, term-frequency adjustment in bits, 1 same person / 0 not]:
   * what calibration learns from (fitCalibration), as anonymous as the counts.
   */
  decided: [number, number, number][];
}

export function emptyLabelCounts(contexts: number): LabelCounts {
  return {
    matches: 0,
    nonMatches: 0,
    m: FIELD_LEVELS.map((f) => new Array<number>(f.levels).fill(0)),
    u: Array.from({ length: contexts }, () => FIELD_LEVELS.map((f) => new Array<number>(f.levels).fill(0))),
    decided: [],
  };
}

/** Adds one decided pair (its levels, as compared now) to the counts. */
export function countLabel(
  counts: LabelCounts,
  levels: ArrayLike<number>,
  context: number,
  samePerson: boolean,
  pattern = patternCode(FIELD_LEVELS, levels),
  frequency = 0,
): void {
  counts.decided.push([pattern, Math.round(frequency * 1000) / 1000, samePerson ? 1 : 0]);
  if (samePerson) counts.matches++;
  else counts.nonMatches++;
  const into = samePerson ? counts.m : counts.u[context]!;
  FIELD_LEVELS.forEach((f, k) => {
    const level = levels[k]!;
    if (level !== f.missing && level < f.levels) into[k]![level]! += 1;
  });
}

/** The sum of several sides' counts: what the regional matcher learns from. */
export function addLabelCounts(contexts: number, all: readonly LabelCounts[]): LabelCounts {
  const sum = emptyLabelCounts(contexts);
  for (const counts of all) {
    if (!isLabelCounts(counts, contexts)) continue;
    sum.decided.push(...counts.decided);
    sum.matches += counts.matches;
    sum.nonMatches += counts.nonMatches;
    counts.m.forEach((field, f) => {
      field.forEach((n, l) => {
        sum.m[f]![l]! += n;
      });
    });
    counts.u.forEach((context, c) => {
      context.forEach((field, f) => {
        field.forEach((n, l) => {
          sum.u[c]![f]![l]! += n;
        });
      });
    });
  }
  return sum;
}

/** Whether stored counts have the shape of the engine's fields and levels (an older engine's do not). */
export function isLabelCounts(value: unknown, contexts: number): value is LabelCounts {
  const v = value as LabelCounts;
  const shaped = (rows: unknown) =>
    Array.isArray(rows) &&
    rows.length === FIELD_LEVELS.length &&
    rows.every(
      (row, f) =>
        Array.isArray(row) &&
        row.length === FIELD_LEVELS[f]!.levels &&
        row.every((n) => Number.isFinite(n) && n >= 0),
    );
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger(v.matches) &&
    Number.isInteger(v.nonMatches) &&
    shaped(v.m) &&
    Array.isArray(v.u) &&
    v.u.length === contexts &&
    v.u.every(shaped) &&
    Array.isArray(v.decided) &&
    v.decided.every(
      (d) =>
        Array.isArray(d) &&
        d.length === 3 &&
        Number.isInteger(d[0]) &&
        Number.isFinite(d[1]) &&
        (d[2] === 0 || d[2] === 1),
    )
  );
}

/**
 * A pair's levels from an explanation's level names (as stored with a duplicate or a hit); a level
 * this engine no longer has counts as missing, so it teaches nothing. Null when the fields differ.
 */
export function levelsFromNames(fields: readonly { field: string; level: string }[]): Uint8Array | null {
  const levels = new Uint8Array(LINK_FIELDS.length + 1);
  for (let k = 0; k < LINK_FIELDS.length; k++) {
    const spec = LINK_FIELDS[k]!;
    const named = fields.find((f) => f.field === spec.field);
    if (!named) return null;
    const index = (spec.levels as readonly string[]).indexOf(named.level);
    const missing = FIELD_LEVELS[k]!.missing;
    levels[k] = index >= 0 ? index : (missing ?? spec.levels.length - 1);
  }
  return levels;
}

/** One field's probabilities, the labels' counts weighed against the estimate by `pairs` pairs. */
function blend(estimate: Float64Array, counts: readonly number[], missing: number | null, pairs: number) {
  let n = 0;
  for (let l = 0; l < counts.length; l++) if (l !== missing) n += counts[l]!;
  if (n === 0) return estimate;
  let known = 0;
  for (let l = 0; l < estimate.length; l++) if (l !== missing) known += estimate[l]!;
  return Float64Array.from(estimate, (x, l) =>
    l === missing ? x : Math.max(1e-6, (counts[l]! + (pairs * x) / known) / (n + pairs)),
  );
}

/** m with the labelled matches counted in. */
export function learnM(m: readonly Float64Array[], labels: LabelCounts, pairs = LABEL_PRIOR_PAIRS) {
  return m.map((x, f) => blend(x, labels.m[f]!, FIELD_LEVELS[f]!.missing, pairs));
}

/**
 * How a score's weight becomes a probability: p = 1 / (1 + 2^−z), z being the calibrated log-odds of
 * W, the prior plus the fields' weights in bits. z follows straight lines between the knots [W, z]
 * (both increasing) and goes on with slope 1 beyond the first and the last; with no knot z = W,
 * Fellegi–Sunter's own. The model is overconfident where the fields are not independent (a family
 * shares a name, a phone and a year) and underconfident elsewhere, so the map has to bend: a straight
 * line fitted to the overconfident top also lowered the pairs just above the threshold, which are
 * right more often than their score says, and cost F1 (issue 13, bench README "Learning").
 */
export interface Calibration {
  knots: [number, number][];
  /** How many decided pairs it was fitted on (0: the model's own). */
  pairs: number;
}

export const UNCALIBRATED: Calibration = { knots: [], pairs: 0 };

/**
 * How many decided pairs the model's own log-odds count for in each bin of decided pairs: a few
 * decisions barely move it (one "not the same person" on a pair scored 0.999999, 20 bits, moves that
 * score by about a bit), a bin of many follows what they show.
 */
export const CALIBRATION_PRIOR_PAIRS = 20;

/** The width, in bits of weight, of the bins calibration counts decided pairs in. */
export const CALIBRATION_BIN_BITS = 1;

/**
 * Fits the calibration to decided pairs (their weight W and whether they were the same person).
 * The pairs are counted in bins of CALIBRATION_BIN_BITS of weight; each bin's log-odds (a half pair
 * each way, so that all-same or none-same stay finite) are weighed against the model's own at the
 * bin's mean weight by CALIBRATION_PRIOR_PAIRS pairs, and adjacent bins are pooled where they would
 * make the map fall (isotonic regression, pool adjacent violators). Each bin or pool becomes a knot.
 *
 * Bins, not one isotonic fit over the pairs: investigators decide few pairs near the threshold, and
 * an isotonic fit pooled them with many pairs scored higher into one knot far from the threshold,
 * whose shift was then carried down to it with no decision there to say so; on other draws of 200
 * decisions that lowered F1. A bin with few decisions stays near the model's own.
 *
 * Decisions are taken on the pairs the engine suggested, chosen by their score; that does not bias
 * P(same | W), which is what is fitted.
 */
export function fitCalibration(
  weight: ArrayLike<number>,
  same: ArrayLike<number>,
  priorPairs = CALIBRATION_PRIOR_PAIRS,
): Calibration {
  const n = weight.length;
  if (n === 0) return UNCALIBRATED;
  interface Bin {
    pairs: number;
    same: number;
    weightSum: number;
    /** The bin's log-odds, and how many pairs they count for (decided and the prior's). */
    z: number;
    strength: number;
  }
  const bins = new Map<number, Bin>();
  for (let k = 0; k < n; k++) {
    const key = Math.floor(weight[k]! / CALIBRATION_BIN_BITS);
    const bin = bins.get(key) ?? { pairs: 0, same: 0, weightSum: 0, z: 0, strength: 0 };
    bin.pairs++;
    bin.same += same[k]!;
    bin.weightSum += weight[k]!;
    bins.set(key, bin);
  }
  const knots: Bin[] = [];
  for (const [, bin] of [...bins].sort(([a], [b]) => a - b)) {
    const w = bin.weightSum / bin.pairs;
    const data = Math.log2((bin.same + 0.5) / (bin.pairs - bin.same + 0.5));
    knots.push({
      ...bin,
      z: (bin.pairs * data + priorPairs * w) / (bin.pairs + priorPairs),
      strength: bin.pairs + priorPairs,
    });
    // Pool while the map would fall or stay level, so that knots rise.
    while (knots.length > 1) {
      const b = knots.at(-1)!;
      const a = knots.at(-2)!;
      if (a.z < b.z) break;
      a.z = (a.z * a.strength + b.z * b.strength) / (a.strength + b.strength);
      a.strength += b.strength;
      a.pairs += b.pairs;
      a.same += b.same;
      a.weightSum += b.weightSum;
      knots.pop();
    }
  }
  return { knots: knots.map((g) => [g.weightSum / g.pairs, g.z]), pairs: n };
}

/** The calibrated log-odds, in bits, of a weight. */
export function calibratedLogOdds(calibration: Calibration, totalWeight: number): number {
  const k = calibration.knots;
  if (k.length === 0) return totalWeight;
  const first = k[0]!;
  if (totalWeight <= first[0]) return first[1] + (totalWeight - first[0]);
  const last = k[k.length - 1]!;
  if (totalWeight >= last[0]) return last[1] + (totalWeight - last[0]);
  let lo = 0;
  let hi = k.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (k[mid]![0] <= totalWeight) lo = mid;
    else hi = mid;
  }
  const [w0, z0] = k[lo]!;
  const [w1, z1] = k[hi]!;
  // Clamped to the segment, so that rounding never makes the map fall at a knot.
  return Math.min(z1, Math.max(z0, z0 + ((z1 - z0) * (totalWeight - w0)) / (w1 - w0)));
}

/** The probability of a weight under a calibration. */
export function calibratedProbability(calibration: Calibration, totalWeight: number): number {
  return 1 / (1 + 2 ** -calibratedLogOdds(calibration, totalWeight));
}

/**
 * A calibration as stored (a model version, a duplicate's explanation): knots, or the straight line
 * { slope, intercept } of versions made before calibration could bend, which two knots far apart
 * draw exactly over every weight a pair can have.
 */
export function readCalibration(value: unknown): Calibration {
  const v = (value ?? {}) as { knots?: unknown; slope?: unknown; intercept?: unknown; pairs?: unknown };
  const pairs = Number.isInteger(v.pairs) ? (v.pairs as number) : 0;
  if (
    Array.isArray(v.knots) &&
    v.knots.every((k) => Array.isArray(k) && k.length === 2 && k.every((x) => Number.isFinite(x)))
  )
    return { knots: v.knots as [number, number][], pairs };
  if (typeof v.slope === 'number' && typeof v.intercept === 'number') {
    if (v.slope === 1 && v.intercept === 0) return { knots: [], pairs };
    const at = (w: number): [number, number] => [w, (v.slope as number) * w + (v.intercept as number)];
    return { knots: [at(-200), at(200)], pairs };
  }
  return { knots: [], pairs };
}
