/**
 * Fellegi–Sunter match weights with m and u estimated without labels, by expectation maximisation
 * over comparison patterns. A pattern is one comparison level per field; pairs with the same pattern
 * are counted once, so an iteration costs the number of distinct patterns, not of pairs.
 */

export interface FieldLevels {
  /** How many comparison levels the field has. */
  readonly levels: number;
  /** The level that means "missing on one side": it carries no evidence either way. */
  readonly missing: number | null;
}

export interface Model {
  /** The share of compared pairs that are matches. */
  lambda: number;
  /** P(level | match), per field. */
  m: Float64Array[];
  /** P(level | non-match), per field. */
  u: Float64Array[];
}

/** Pattern code of per-field levels, in mixed radix: the first field varies fastest. */
export function patternCode(fields: readonly FieldLevels[], levels: ArrayLike<number>): number {
  let code = 0;
  let radix = 1;
  for (let f = 0; f < fields.length; f++) {
    code += levels[f]! * radix;
    radix *= fields[f]!.levels;
  }
  return code;
}

function levelOf(fields: readonly FieldLevels[], code: number, f: number): number {
  let rest = code;
  for (let i = 0; i < f; i++) rest = Math.floor(rest / fields[i]!.levels);
  return rest % fields[f]!.levels;
}

/** Starting values: agreement (level 0) far likelier among matches, disagreement among non-matches. */
export function initialModel(fields: readonly FieldLevels[], lambda = 0.01): Model {
  const spread = (n: number, first: number) => {
    const a = new Float64Array(n);
    for (let l = 0; l < n; l++) a[l] = l === 0 ? first : (1 - first) / (n - 1);
    return a;
  };
  return {
    lambda,
    m: fields.map((f) => spread(f.levels, 0.9)),
    // Non-matches mostly land on the last, "different", level.
    u: fields.map((f) => {
      const u = new Float64Array(f.levels);
      const middle = f.levels - 2;
      u[0] = 0.05;
      for (let l = 1; l < f.levels - 1; l++) u[l] = 0.05 / middle;
      u[f.levels - 1] = 1 - 0.05 - (middle > 0 ? 0.05 : 0);
      return u;
    }),
  };
}

/** Runs EM until the parameters stop moving (or maxIterations); patterns and counts as from countPatterns. */
export function estimate(
  fields: readonly FieldLevels[],
  patterns: Uint32Array,
  counts: Float64Array,
  options: {
    start?: Model;
    maxIterations?: number;
    tolerance?: number;
    /** Keep u as started (estimated elsewhere, from random pairs). */
    fixU?: boolean;
    /** Keep m as well: only λ is estimated. */
    fixM?: boolean;
    /**
     * What m is believed to be before seeing data, and how many pairs that belief is worth: m is
     * then estimated as if that many matches had been seen with it. Keeps small inputs sane.
     */
    prior?: { m: readonly Float64Array[]; pairs: number };
    /** The same for u: estimated as if that many non-matches had been seen with it. */
    priorU?: { u: readonly Float64Array[]; pairs: number };
  } = {},
): Model & { iterations: number } {
  const model = options.start ?? initialModel(fields);
  const nf = fields.length;
  const levelTable = new Uint8Array(patterns.length * nf);
  for (let p = 0; p < patterns.length; p++)
    for (let f = 0; f < nf; f++) levelTable[p * nf + f] = levelOf(fields, patterns[p]!, f);
  const posterior = new Float64Array(patterns.length);
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    // E: the probability that pairs of each pattern are matches.
    let totalPairs = 0;
    let totalMatch = 0;
    for (let p = 0; p < patterns.length; p++) {
      let pm = model.lambda;
      let pu = 1 - model.lambda;
      for (let f = 0; f < nf; f++) {
        const l = levelTable[p * nf + f]!;
        if (l === fields[f]!.missing) continue;
        pm *= model.m[f]![l]!;
        pu *= model.u[f]![l]!;
      }
      const g = pm + pu > 0 ? pm / (pm + pu) : 0;
      posterior[p] = g;
      totalPairs += counts[p]!;
      totalMatch += g * counts[p]!;
    }
    // M: new λ, m and u from the expected matches and non-matches.
    let moved = Math.abs(totalMatch / totalPairs - model.lambda);
    model.lambda = totalMatch / totalPairs;
    for (let f = 0; f < nf; f++) {
      const field = fields[f]!;
      const mNew = new Float64Array(field.levels);
      const uNew = new Float64Array(field.levels);
      for (let p = 0; p < patterns.length; p++) {
        const l = levelTable[p * nf + f]!;
        if (l === field.missing) continue;
        mNew[l]! += posterior[p]! * counts[p]!;
        uNew[l]! += (1 - posterior[p]!) * counts[p]!;
      }
      const prior = options.prior;
      if (prior)
        for (let l = 0; l < field.levels; l++)
          if (l !== field.missing) mNew[l]! += prior.pairs * prior.m[f]![l]!;
      const priorU = options.priorU;
      if (priorU)
        for (let l = 0; l < field.levels; l++)
          if (l !== field.missing) uNew[l]! += priorU.pairs * priorU.u[f]![l]!;
      const mSum = mNew.reduce((a, b) => a + b, 0);
      const uSum = uNew.reduce((a, b) => a + b, 0);
      for (let l = 0; l < field.levels; l++) {
        if (l === field.missing) {
          mNew[l] = 1;
          uNew[l] = 1;
          continue;
        }
        // A floor keeps every level possible, so that one unseen value never makes a weight infinite.
        mNew[l] = Math.max(mSum > 0 ? mNew[l]! / mSum : 0, 1e-6);
        uNew[l] = Math.max(uSum > 0 ? uNew[l]! / uSum : 0, 1e-6);
        if (!options.fixM) moved = Math.max(moved, Math.abs(mNew[l]! - model.m[f]![l]!));
        if (!options.fixU) moved = Math.max(moved, Math.abs(uNew[l]! - model.u[f]![l]!));
      }
      if (!options.fixM) model.m[f] = mNew;
      if (!options.fixU) model.u[f] = uNew;
    }
    if (moved < tolerance) {
      iterations++;
      break;
    }
  }
  return { ...model, iterations };
}

/** The weight each field's level contributes: log2(m / u); zero for a missing value. */
export function weights(model: Model, fields: readonly FieldLevels[]): Float64Array[] {
  return fields.map((field, f) => {
    const w = new Float64Array(field.levels);
    for (let l = 0; l < field.levels; l++)
      w[l] = l === field.missing ? 0 : Math.log2(model.m[f]![l]! / model.u[f]![l]!);
    return w;
  });
}

/** The match probability of a pair from the sum of its field weights and the prior. */
export function matchProbability(model: Model, totalWeight: number): number {
  const priorOdds = model.lambda / (1 - model.lambda);
  const odds = priorOdds * 2 ** totalWeight;
  return odds / (1 + odds);
}

/** Distinct patterns and how many pairs have each, from one pattern code per pair. */
export function countPatterns(codes: Uint32Array): { patterns: Uint32Array; counts: Float64Array } {
  const byCode = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) byCode.set(codes[i]!, (byCode.get(codes[i]!) ?? 0) + 1);
  const patterns = new Uint32Array(byCode.size);
  const counts = new Float64Array(byCode.size);
  let i = 0;
  for (const [code, n] of byCode) {
    patterns[i] = code;
    counts[i] = n;
    i++;
  }
  return { patterns, counts };
}
