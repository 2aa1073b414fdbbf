/**
 * Learning from investigators' decisions: labelled pairs bring m towards what the matches really
 * show, a few nudge and many decide, decided different people teach u where they stand, and the
 * counts survive being stored and read back (only level counts, never a record).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from './blocking.ts';
import { FIELD_LEVELS, LINK_FIELDS, levelBuffer } from './compare.ts';
import { countDecisions, type Decision } from './decisions.ts';
import {
  addLabelCounts,
  calibratedLogOdds,
  calibratedProbability,
  countLabel,
  emptyLabelCounts,
  fitCalibration,
  isLabelCounts,
  LABEL_PRIOR_PAIRS,
  learnM,
  levelsFromNames,
  readCalibration,
  UNCALIBRATED,
} from './labels.ts';
import {
  CONTEXT_SAME_NAMES,
  CONTEXTS,
  compareCandidates,
  comparerOf,
  estimateModel,
  estimateU,
  explainPair,
  linkTable,
  PRIOR_U,
} from './link.ts';
import { prepareRecords } from './record.ts';
import { syntheticRegister } from './synthetic.ts';

const BIRTH = 2;

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every true pair of the register, and the m each field's levels really have among them. */
function truePairs(truth: number[]) {
  const pairs: Decision[] = [];
  for (let i = 0; i < truth.length; i++)
    for (let j = i + 1; j < truth.length && j < i + 3; j++)
      if (truth[i] === truth[j]) pairs.push({ left: i, right: j, samePerson: true });
  return pairs;
}

function empiricalM(table: ReturnType<typeof prepareRecords>, pairs: Decision[]) {
  const counts = countDecisions(table, pairs);
  return counts.m.map((row, f) => {
    const missing = FIELD_LEVELS[f]!.missing;
    const n = row.reduce((sum, x, l) => (l === missing ? sum : sum + x), 0);
    return row.map((x, l) => (l === missing ? 1 : x / n));
  });
}

describe('m from labelled pairs', () => {
  const { records, truth } = syntheticRegister(3000, 7);
  const table = prepareRecords(records);
  const matches = truePairs(truth);
  const known = empiricalM(table, matches);
  const compared = linkTable(table, { threshold: 0.5 });
  const withoutLabels = compared.scorer.model.m;
  const distance = (m: readonly ArrayLike<number>[]) => {
    let worst = 0;
    for (let l = 0; l < FIELD_LEVELS[BIRTH]!.levels; l++)
      if (l !== FIELD_LEVELS[BIRTH]!.missing)
        worst = Math.max(worst, Math.abs(m[BIRTH]![l]! - known[BIRTH]![l]!));
    return worst;
  };

  it('EM alone is off on this register (a third of the matches have only the year)', () => {
    expect(distance(withoutLabels)).toBeGreaterThan(0.05);
  });

  it('recovers the birth date’s m of the matches from their labels, through the whole pipeline', () => {
    const labels = countDecisions(table, matches);
    expect(labels.matches).toBeGreaterThan(800);
    const learnt = linkTable(table, { threshold: 0.5, labels }).scorer.model.m;
    expect(distance(learnt)).toBeLessThan(0.03);
  });

  it('moves m part of the way for a few labels, and further for more', () => {
    const random = seeded(3);
    const shuffled = [...matches].sort(() => random() - 0.5);
    const few = learnM(withoutLabels, countDecisions(table, shuffled.slice(0, 20)));
    const many = learnM(withoutLabels, countDecisions(table, shuffled.slice(0, 600)));
    expect(distance(few)).toBeLessThan(distance(withoutLabels));
    expect(distance(few)).toBeGreaterThan(distance(many));
  });

  it('keeps every field’s m a probability over its known levels', () => {
    const learnt = learnM(withoutLabels, countDecisions(table, matches));
    learnt.forEach((m, f) => {
      const missing = FIELD_LEVELS[f]!.missing;
      const sum = Array.from(m).reduce((s, x, l) => (l === missing ? s : s + x), 0);
      expect(sum).toBeCloseTo(1, 6);
      for (const x of m) expect(x).toBeGreaterThan(0);
    });
  });

  it('counts EM’s estimate as LABEL_PRIOR_PAIRS labelled pairs', () => {
    const counts = emptyLabelCounts(CONTEXTS.length);
    const levels = levelBuffer();
    for (let k = 0; k < LABEL_PRIOR_PAIRS; k++) {
      levels.fill(0);
      levels[BIRTH] = 4; // same year
      countLabel(counts, levels, 0, true);
    }
    const m = learnM(withoutLabels, counts);
    // Half the weight on the labels (all at one level), half on the estimate.
    expect(m[BIRTH]![4]!).toBeCloseTo(0.5 + withoutLabels[BIRTH]![4]! / 2, 2);
  });
});

describe('pairs decided different people', () => {
  it('are counted where they stood, and leave u as the register shows it (they are the suggested ones)', () => {
    const { records } = syntheticRegister(1500, 11);
    const table = prepareRecords(records);
    const u = estimateU(table);
    const counts = emptyLabelCounts(CONTEXTS.length);
    const levels = levelBuffer();
    for (let k = 0; k < 300; k++) {
      levels.fill(0);
      levels[BIRTH] = k % 3 === 0 ? 0 : 4;
      countLabel(counts, levels, CONTEXT_SAME_NAMES, false);
    }
    expect(counts.nonMatches).toBe(300);
    expect(counts.u[CONTEXT_SAME_NAMES]![BIRTH]![0]).toBe(100);
    const blocks = buildBlocks(table);
    const parts = [compareCandidates(table, blocks)];
    expect(estimateModel(table, parts, u, counts).contextU).toEqual(estimateModel(table, parts, u).contextU);
  });
});

describe('a register of one person', () => {
  it('has a model with finite weights (the usual u, there being no pair to count)', () => {
    const table = prepareRecords([{ id: 'only', givenNames: 'Ana', familyNames: 'Petrović' }]);
    const { scorer } = linkTable(table, { threshold: 0.5 });
    for (const w of scorer.weights) for (const x of w) expect(Number.isFinite(x)).toBe(true);
    expect(Array.from(estimateU(table)[0]!)).toEqual(Array.from(PRIOR_U[0]!));
  });
});

describe('label counts', () => {
  it('add up across sides, and only well-shaped counts are read back', () => {
    const a = emptyLabelCounts(CONTEXTS.length);
    const b = emptyLabelCounts(CONTEXTS.length);
    const levels = levelBuffer();
    countLabel(a, levels, 0, true);
    countLabel(b, levels, 1, false);
    const sum = addLabelCounts(CONTEXTS.length, [
      JSON.parse(JSON.stringify(a)),
      b,
      { matches: 'x' },
    ] as never);
    expect(sum.matches).toBe(1);
    expect(sum.nonMatches).toBe(1);
    expect(sum.m[0]![0]).toBe(1);
    expect(sum.u[1]![0]![0]).toBe(1);
    expect(isLabelCounts(a, CONTEXTS.length)).toBe(true);
    expect(isLabelCounts({ ...a, m: a.m.slice(1) }, CONTEXTS.length)).toBe(false);
    expect(isLabelCounts({ ...a, matches: -1.5 }, CONTEXTS.length)).toBe(false);
  });

  it('read the levels of a stored explanation, an unknown level counting as missing', () => {
    const { records } = syntheticRegister(200, 1);
    const table = prepareRecords(records);
    const levels = levelBuffer();
    comparerOf(table).compare(0, 1, levels);
    const names = LINK_FIELDS.map((f, k) => ({ field: f.field, level: f.levels[levels[k]!]! as string }));
    expect(Array.from(levelsFromNames(names)!.slice(0, LINK_FIELDS.length))).toEqual(
      Array.from(levels.slice(0, LINK_FIELDS.length)),
    );
    const old = names.map((n, k) => (k === BIRTH ? { ...n, level: 'a level of an older engine' } : n));
    expect(levelsFromNames(old)![BIRTH]).toBe(FIELD_LEVELS[BIRTH]!.missing);
    expect(levelsFromNames(names.slice(1))).toBeNull();
  });
});

describe('calibration from decided pairs', () => {
  /** Pairs whose true log-odds follow a known function of their weight. */
  function decided(n: number, truth: (w: number) => number, seed: number) {
    const random = seeded(seed);
    const weight = new Float64Array(n);
    const same = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      // Weights on a grid of patterns, as real pairs come: many pairs share one weight.
      weight[k] = -4 + Math.round(random() * 96) / 4;
      same[k] = random() < 1 / (1 + 2 ** -truth(weight[k]!)) ? 1 : 0;
    }
    return { weight, same };
  }
  /** Underconfident below 2 bits, overconfident above: what the generated register shows (bench README). */
  const bent = (w: number) => (w < 2 ? 0.6 + 0.9 * w : 2.4 + 0.35 * (w - 2));

  it('follows a map that bends, from many decisions', () => {
    const { weight, same } = decided(20_000, bent, 5);
    const c = fitCalibration(weight, same);
    expect(c.pairs).toBe(20_000);
    for (const w of [-2, 0, 1, 3, 6, 10, 14])
      expect(Math.abs(calibratedLogOdds(c, w) - bent(w)), `at ${w} bits`).toBeLessThan(0.5);
  });

  it('is a map that never falls: knots rise in weight and log-odds, and so do the probabilities', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -30, max: 30, noNaN: true }), fc.boolean()), { maxLength: 80 }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (pairs, w, step) => {
          const c = fitCalibration(
            pairs.map(([x]) => x),
            pairs.map(([, y]) => (y ? 1 : 0)),
          );
          for (let k = 1; k < c.knots.length; k++) {
            expect(c.knots[k]![0]).toBeGreaterThan(c.knots[k - 1]![0]);
            expect(c.knots[k]![1]).toBeGreaterThan(c.knots[k - 1]![1]);
          }
          expect(calibratedLogOdds(c, w + step)).toBeGreaterThanOrEqual(calibratedLogOdds(c, w));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('stays near the model’s own for a handful, and is the model’s own for none', () => {
    expect(fitCalibration([], [])).toEqual(UNCALIBRATED);
    expect(calibratedLogOdds(UNCALIBRATED, 3.5)).toBe(3.5);
    // Ten decisions where the truth is far below the model move it a third of the way at most.
    const { weight, same } = decided(10, (w) => 0.5 * w - 3, 6);
    const c = fitCalibration(weight, same);
    for (const w of [0, 5, 10])
      expect(Math.abs(calibratedLogOdds(c, w) - w)).toBeLessThan(0.4 * Math.abs(w - (0.5 * w - 3)) + 1);
    // One "not the same person" on a pair scored 0.999999 moves its score by about a bit.
    const one = fitCalibration([20], [0]);
    expect(calibratedLogOdds(one, 20)).toBeGreaterThan(18.9);
    expect(calibratedLogOdds(one, 20)).toBeLessThan(20);
  });

  it('reads a calibration stored as a straight line by an earlier version', () => {
    const line = readCalibration({ slope: 0.8, intercept: -1.5, pairs: 40 });
    expect(line.pairs).toBe(40);
    for (const w of [-30, -2, 0, 7, 45]) expect(calibratedLogOdds(line, w)).toBeCloseTo(0.8 * w - 1.5, 9);
    expect(readCalibration({ slope: 1, intercept: 0, pairs: 0 })).toEqual(UNCALIBRATED);
    expect(readCalibration(undefined)).toEqual(UNCALIBRATED);
    const knots = fitCalibration([1, 2, 3], [0, 1, 1]);
    expect(readCalibration(JSON.parse(JSON.stringify(knots)))).toEqual(knots);
  });

  it('is what the pipeline scores with once it has decisions, and the explanation says so', () => {
    const { records, truth } = syntheticRegister(2000, 9);
    const table = prepareRecords(records);
    const plain = linkTable(table, { threshold: 0.5 });
    // Decide every suggested pair from the truth.
    const decisions: Decision[] = [];
    for (let k = 0; k < plain.pairs.left.length; k++) {
      const left = plain.pairs.left[k]!;
      const right = plain.pairs.right[k]!;
      decisions.push({ left, right, samePerson: truth[left] === truth[right] });
    }
    const learnt = linkTable(table, { threshold: 0.5, labels: countDecisions(table, decisions) });
    expect(learnt.scorer.calibration.pairs).toBe(decisions.length);
    expect(learnt.scorer.calibration.knots.length).toBeGreaterThan(0);
    expect(plain.scorer.calibration).toEqual(UNCALIBRATED);
    const e = explainPair(table, learnt.scorer, learnt.pairs.left[0]!, learnt.pairs.right[0]!);
    expect(e.probability).toBeCloseTo(calibratedProbability(learnt.scorer.calibration, e.totalWeight), 12);
    expect(e.calibration.knots).toEqual(learnt.scorer.calibration.knots);
  });
});
