/**
 * From a model to scores: each field's weight at its level, the weight of every pattern, the
 * calibrated probability of a pair, and the pairs at or above a threshold.
 */

import { type ComparedPairs, decodePattern, PATTERN_COUNT } from './candidates.ts';
import { FIELD_LEVELS, levelBuffer } from './compare.ts';
import {
  CONTEXT_FIELDS,
  CONTEXT_SAME_NAMES,
  contextOf,
  type LinkModel,
  SAME_NAMES_PAIRS,
} from './estimation.ts';
import { weights } from './fellegi-sunter.ts';
import {
  type Calibration,
  calibratedProbability,
  fitCalibration,
  type LabelCounts,
  UNCALIBRATED,
} from './labels.ts';

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
