import { describe, expect, it } from 'vitest';
import {
  countPatterns,
  estimate,
  type FieldLevels,
  matchProbability,
  patternCode,
  weights,
} from './fellegi-sunter.ts';

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function draw(p: readonly number[], r: number): number {
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i]!;
    if (r < acc) return i;
  }
  return p.length - 1;
}

// Three fields: a name (exact, near, different), a birth date (exact, year, different, missing), sex (same, different).
const FIELDS: FieldLevels[] = [
  { levels: 3, missing: null },
  { levels: 4, missing: 3 },
  { levels: 2, missing: null },
];
const TRUE = {
  lambda: 0.08,
  m: [
    [0.8, 0.15, 0.05],
    [0.7, 0.2, 0.1],
    [0.95, 0.05],
  ],
  u: [
    [0.01, 0.04, 0.95],
    [0.02, 0.1, 0.88],
    [0.5, 0.5],
  ],
};

function synthetic(pairs: number, seed: number) {
  const rnd = random(seed);
  const codes = new Uint32Array(pairs);
  const isMatch = new Uint8Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const match = rnd() < TRUE.lambda;
    isMatch[i] = match ? 1 : 0;
    const levels = FIELDS.map((f, j) => {
      if (f.missing !== null && rnd() < 0.15) return f.missing;
      return draw((match ? TRUE.m : TRUE.u)[j]!, rnd());
    });
    codes[i] = patternCode(FIELDS, levels);
  }
  return { codes, isMatch };
}

describe('Fellegi–Sunter with EM', () => {
  it('recovers known m, u and λ from unlabelled pairs', () => {
    const { codes } = synthetic(50_000, 11);
    const { patterns, counts } = countPatterns(codes);
    expect(patterns.length).toBeLessThanOrEqual(3 * 4 * 2);
    const model = estimate(FIELDS, patterns, counts);
    expect(model.lambda).toBeCloseTo(TRUE.lambda, 2);
    for (let f = 0; f < FIELDS.length; f++) {
      for (let l = 0; l < FIELDS[f]!.levels; l++) {
        if (l === FIELDS[f]!.missing) continue;
        // Levels are re-normalised without the missing one; the true values are already so, but for field 1.
        const trueM = TRUE.m[f]![l]!;
        const trueU = TRUE.u[f]![l]!;
        expect(Math.abs(model.m[f]![l]! - trueM), `m[${f}][${l}]`).toBeLessThan(0.03);
        expect(Math.abs(model.u[f]![l]! - trueU), `u[${f}][${l}]`).toBeLessThan(0.03);
      }
    }
  });

  it('separates matches from non-matches with the estimated weights', () => {
    const { codes, isMatch } = synthetic(20_000, 5);
    const { patterns, counts } = countPatterns(codes);
    const model = estimate(FIELDS, patterns, counts);
    const w = weights(model, FIELDS);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < codes.length; i++) {
      let code = codes[i]!;
      let total = 0;
      for (let f = 0; f < FIELDS.length; f++) {
        total += w[f]![code % FIELDS[f]!.levels]!;
        code = Math.floor(code / FIELDS[f]!.levels);
      }
      const predicted = matchProbability(model, total) >= 0.5;
      if (predicted && isMatch[i]) tp++;
      else if (predicted) fp++;
      else if (isMatch[i]) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect(precision).toBeGreaterThan(0.85);
    expect(recall).toBeGreaterThan(0.8);
  });

  it('gives a missing value no weight, agreement a positive one and disagreement a negative one', () => {
    const { codes } = synthetic(20_000, 3);
    const { patterns, counts } = countPatterns(codes);
    const w = weights(estimate(FIELDS, patterns, counts), FIELDS);
    expect(w[1]![3]).toBe(0);
    expect(w[0]![0]).toBeGreaterThan(4);
    expect(w[0]![2]).toBeLessThan(-3);
    expect(matchProbability({ lambda: 0.5, m: [], u: [] }, 0)).toBeCloseTo(0.5, 10);
  });
});
