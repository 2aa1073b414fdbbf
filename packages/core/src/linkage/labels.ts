/**
 * What investigators' decisions teach the model. A merge or a confirmed hit says that a pair is the
 * same person; "not the same person" or "not relevant" says it is not. Only the pair's comparison
 * levels are kept (no name, date or number), as counts per field and level: counts add up across
 * jurisdictions without a record crossing, and they are what a model version stores.
 *
 * m is learnt from the pairs decided the same person, as Splink's estimation from labels does
 * (the share of labelled matches at each level), weighed against what EM found on the register as
 * if that had been LABEL_PRIOR_PAIRS labelled pairs: a few decisions nudge, many decide.
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
export const LABEL_PRIOR_PAIRS = 50;

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
 * How a score's weight becomes a probability: p = 1 / (1 + 2^−(slope · W + intercept)), W being the
 * prior plus the fields' weights in bits. Fellegi–Sunter's own is slope 1, intercept 0; it is
 * overconfident where the fields are not independent (a family shares a name, a phone and a year).
 */
export interface Calibration {
  slope: number;
  intercept: number;
  /** How many decided pairs it was fitted on (0: the model's own). */
  pairs: number;
}

export const UNCALIBRATED: Calibration = { slope: 1, intercept: 0, pairs: 0 };

/**
 * What the calibration is believed to be before any decision: the model's own, within about these.
 * Tight on purpose: one "not the same person" on a pair scored 0.9999 moves the intercept by less
 * than a bit; on the benchmark 200 decisions move the slope to 0.93.
 */
const SLOPE_SD = 0.05;
const INTERCEPT_SD = 1;

/**
 * Fits the calibration to decided pairs (their weight W and whether they were the same person) by
 * logistic regression with a Gaussian prior around the model's own (Platt scaling, kept near the
 * identity: a few decisions barely move it). Decisions are taken on the pairs the engine suggested,
 * chosen by their score; that does not bias P(same | W), which is what is fitted.
 */
export function fitCalibration(weight: ArrayLike<number>, same: ArrayLike<number>): Calibration {
  const n = weight.length;
  if (n === 0) return UNCALIBRATED;
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    // Gradient and Hessian of the log posterior in (a, b), z in bits.
    let ga = -(a - 1) / SLOPE_SD ** 2;
    let gb = -b / INTERCEPT_SD ** 2;
    let haa = -1 / SLOPE_SD ** 2;
    let hab = 0;
    let hbb = -1 / INTERCEPT_SD ** 2;
    for (let k = 0; k < n; k++) {
      const w = weight[k]!;
      const z = Math.max(-60, Math.min(60, a * w + b));
      const p = 1 / (1 + 2 ** -z);
      const r = (same[k]! - p) * Math.LN2;
      const c = p * (1 - p) * Math.LN2 * Math.LN2;
      ga += r * w;
      gb += r;
      haa -= c * w * w;
      hab -= c * w;
      hbb -= c;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-7) break;
  }
  return { slope: Math.min(2, Math.max(0.25, a)), intercept: Math.min(20, Math.max(-20, b)), pairs: n };
}

/** The probability of a weight under a calibration. */
export function calibratedProbability(calibration: Calibration, totalWeight: number): number {
  return 1 / (1 + 2 ** -(calibration.slope * totalWeight + calibration.intercept));
}
