import { describe, expect, it } from 'vitest';
import { FIELD_LEVELS, LINK_FIELDS } from './compare.ts';
import {
  clusterRecords,
  DEFAULT_CLUSTER_OPTIONS,
  estimateContextU,
  explainPair,
  linkTable,
  PATTERN_COUNT,
  PRIOR_M,
  PRIOR_U,
  pairProbability,
  scorer,
} from './link.ts';
import { prepareRecords } from './record.ts';
import { syntheticRegister } from './synthetic.ts';

// The model of large registers, fixed, so that the clustering test does not depend on what EM
// makes of three records.
function fixedScorer() {
  return scorer({
    lambda: 0.001,
    m: PRIOR_M.map((m) => m.slice()),
    u: PRIOR_U.map((u) => u.slice()),
    contextU: estimateContextU(new Float64Array(PATTERN_COUNT)),
    sameNames: null,
  });
}

describe('clustering', () => {
  // B gives one given name and only the year; A and C each add another given name and give full
  // dates nine months apart: B may be either, A and C are not one person.
  const table = prepareRecords([
    {
      id: 'A',
      givenNames: 'Mohammad Ali',
      familyNames: 'Qasimzai',
      sex: 'M',
      birthDate: '2000-02-11',
      nationality: 'AF',
    },
    {
      id: 'B',
      givenNames: 'Mohammad',
      familyNames: 'Qasimzai',
      sex: 'M',
      birthDate: '2000',
      nationality: 'AF',
    },
    {
      id: 'C',
      givenNames: 'Mohammad Reza',
      familyNames: 'Qasimzai',
      sex: 'M',
      birthDate: '2000-11-20',
      nationality: 'AF',
    },
  ]);
  const s = fixedScorer();
  const p = (i: number, j: number) => explainPair(table, s, i, j).probability;
  const pairs = () => {
    const list = [
      [0, 1],
      [1, 2],
    ].sort((x, y) => p(y[0]!, y[1]!) - p(x[0]!, x[1]!));
    return {
      left: Int32Array.from(list, (x) => x[0]!),
      right: Int32Array.from(list, (x) => x[1]!),
      probability: Float64Array.from(list, (x) => p(x[0]!, x[1]!)),
    };
  };

  it('has strong links A–B and B–C and a clearly different A–C', () => {
    expect(p(0, 1)).toBeGreaterThan(0.9);
    expect(p(1, 2)).toBeGreaterThan(0.9);
    expect(p(0, 2)).toBeLessThan(DEFAULT_CLUSTER_OPTIONS.floor);
  });

  it('does not chain A–B–C when A and C are clearly different', () => {
    const clusters = clusterRecords(table, s, pairs());
    expect(clusters[0]).not.toBe(clusters[2]);
    expect([clusters[0], clusters[2]]).toContain(clusters[1]);
  });

  it('would chain them without the guard', () => {
    const clusters = clusterRecords(table, s, pairs(), { floor: 0, maxCrossPairs: 2500 });
    expect(new Set(clusters).size).toBe(1);
  });
});

describe('explanations', () => {
  it('add up: the prior and the field weights make the total, and the total the probability', () => {
    const table = prepareRecords([
      {
        id: '1',
        givenNames: 'Marko',
        familyNames: 'Đorđević',
        birthDate: '1985-03-14',
        phone: '+381641234567',
      },
      {
        id: '2',
        givenNames: 'MARKO',
        familyNames: 'GJORGJEVIQ',
        birthDate: '1985-03-14',
        phone: '064 123 4567',
        jurisdiction: 'RS',
      },
    ]);
    const s = fixedScorer();
    const e = explainPair(table, s, 0, 1);
    expect(e.fields.map((f) => f.field)).toEqual(LINK_FIELDS.map((f) => f.field));
    expect(e.priorWeight + e.fields.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(e.totalWeight, 9);
    expect(2 ** e.totalWeight / (1 + 2 ** e.totalWeight)).toBeCloseTo(e.probability, 9);
    expect(e.fields.find((f) => f.field === 'phone')!.level).toBe('same');
    // Missing values weigh nothing.
    expect(e.fields.find((f) => f.field === 'sex')).toEqual({ field: 'sex', level: 'missing', weight: 0 });
  });

  it('agree with the score of the pattern', () => {
    const s = fixedScorer();
    let code = 0;
    let radix = 1;
    const levels = [0, 0, 0, 0, 0, 0, 0];
    for (let f = 0; f < FIELD_LEVELS.length; f++) {
      code += levels[f]! * radix;
      radix *= FIELD_LEVELS[f]!.levels;
    }
    expect(pairProbability(s, code, 0)).toBeGreaterThan(0.999);
  });
});

describe('linking a table', () => {
  it('finds duplicates written in other scripts and with less precise dates, and learns sensible weights', () => {
    const { records, truth } = syntheticRegister(1500, 7);
    const table = prepareRecords(records);
    const result = linkTable(table, { threshold: 0.5 });
    let correct = 0;
    for (let k = 0; k < result.pairs.left.length; k++)
      if (truth[result.pairs.left[k]!] === truth[result.pairs.right[k]!]) correct++;
    const truePairs = records.length - 1500;
    expect(correct / truePairs).toBeGreaterThan(0.95);
    expect(correct / result.pairs.left.length).toBeGreaterThan(0.95);
    // Agreement counts for, disagreement against.
    const w = result.scorer.weights;
    expect(w[0]![0]).toBeGreaterThan(0);
    expect(w[1]![5]).toBeLessThan(0);
    expect(w[2]![5]).toBeLessThan(0);
    expect(result.clusters.length).toBe(records.length);
  });
});
