/**
 * Evidence as an investigator counts it: a group's phone is weak and a personal one strong, a rare
 * name shared by namesakes of one year says little, the same family name and phone with other
 * given names is a family, another full birth date or sex is strong evidence against, and making a
 * birth date contradict never raises a score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_DIFFERENT, DATE_FULL_DIFFER, DATE_MISSING, DATE_YEARS_APART } from './birth-date.ts';
import {
  compareRecords,
  FIELD_LEVELS,
  frequencyAdjustment,
  levelBuffer,
  NAMESAKE_NAME_FREQUENCY,
} from './compare.ts';
import {
  CONTEXT_HOUSEHOLD,
  CONTEXT_NAMESAKES,
  CONTEXT_RANDOM,
  CONTEXT_SAME_NAMES,
  contextOf,
  estimateContextU,
  explainPair,
  fieldWeights,
  type LinkModel,
  linkTable,
  PATTERN_COUNT,
  PRIOR_M,
  PRIOR_U,
  type Scorer,
  scorer,
} from './link.ts';
import { type LinkRecord, prepareRecords } from './record.ts';
import { syntheticRegister } from './synthetic.ts';

function priorModel(): LinkModel {
  return {
    lambda: 0.001,
    m: PRIOR_M.map((m) => m.slice()),
    u: PRIOR_U.map((u) => u.slice()),
    contextU: estimateContextU(new Float64Array(PATTERN_COUNT)),
    sameNames: null,
  };
}

/** A model learnt on a small register of its own, to check that the properties hold after EM too. */
function learntScorer(): Scorer {
  const { records } = syntheticRegister(1500, 11);
  return linkTable(prepareRecords(records), { threshold: 0.5 }).scorer;
}

describe('phone frequency', () => {
  it('weighs a phone given on many records (a group’s) less than one given by one person', () => {
    const records: LinkRecord[] = [];
    for (let i = 0; i < 30; i++)
      records.push({ id: `g${i}`, givenNames: `Member${i}`, familyNames: 'Group', phone: '+38166000000' });
    records.push(
      { id: 'p1', givenNames: 'Ali', familyNames: 'Rezai', phone: ['+38166111111', '+93700000000'] },
      { id: 'p2', givenNames: 'Ali', familyNames: 'Rezai', phone: '+93700000000' },
    );
    for (let i = 0; i < 30; i++)
      records.push({ id: `o${i}`, phone: `+3816620000${String(i).padStart(2, '0')}` });
    const table = prepareRecords(records);
    const levels = levelBuffer();
    compareRecords(table, 0, 1, levels);
    expect(levels[5]).toBe(0);
    const group =
      frequencyAdjustment(table, 0, 1, levels) - frequencyAdjustment(table, 0, 1, withoutPhone(levels));
    compareRecords(table, 30, 31, levels);
    expect(levels[5]).toBe(0);
    const personal =
      frequencyAdjustment(table, 30, 31, levels) - frequencyAdjustment(table, 30, 31, withoutPhone(levels));
    expect(group).toBeLessThan(0);
    expect(personal).toBeGreaterThan(0);
  });

  it('is shown on the phone in an explanation', () => {
    const table = prepareRecords([
      { id: 'a', givenNames: 'Ali', familyNames: 'Rezai', phone: '+93700000000' },
      { id: 'b', givenNames: 'Ali', familyNames: 'Rezai', phone: '+93700000000' },
      { id: 'c', givenNames: 'Omar', familyNames: 'Said', phone: '+93711111111' },
    ]);
    const s = scorer(priorModel());
    const e = explainPair(table, s, 0, 1);
    const phone = e.fields.find((f) => f.field === 'phone')!;
    expect(phone.level).toBe('same');
    expect(phone.weight).not.toBeCloseTo(s.weights[5]![0]!, 3);
  });
});

describe('name frequency', () => {
  const rare = { givenNames: 'Gjergj', familyNames: 'Rrapushaj', sex: 'M', nationality: 'AL' };
  function register(extra: LinkRecord[]) {
    return prepareRecords([...extra, ...syntheticRegister(1500, 5).records]);
  }

  it('counts a rare name for less between namesakes, who share the year too', () => {
    const table = register([
      { ...rare, id: 'a', birthDate: '1983-06-01' },
      { ...rare, id: 'b', birthDate: '1983' },
      { ...rare, id: 'c', birthDate: '1999' },
    ]);
    const levels = levelBuffer();
    compareRecords(table, 0, 1, levels);
    const sameYear = frequencyAdjustment(table, 0, 1, levels);
    compareRecords(table, 0, 2, levels);
    expect(levels[2]).toBe(DATE_YEARS_APART);
    const yearsApart = frequencyAdjustment(table, 0, 2, levels);
    expect(yearsApart).toBeGreaterThan(2);
    expect(sameYear).toBeCloseTo(yearsApart * NAMESAKE_NAME_FREQUENCY, 5);
  });

  it('does not make two men of a rare name born the same year on other days one person', () => {
    // Issue 13's example: 1983-06-01 and 1983-04-28 scored 0.77 before.
    const table = register([
      { ...rare, id: 'a', birthDate: '1983-06-01' },
      { ...rare, id: 'b', birthDate: '1983-04-28' },
      { ...rare, id: 'c', birthDate: '1983-06-01' },
    ]);
    const s = linkTable(table, { threshold: 0.5 }).scorer;
    expect(explainPair(table, s, 0, 1).probability).toBeLessThan(0.1);
    expect(explainPair(table, s, 0, 2).probability).toBeGreaterThan(0.99);
    // The explanation's fields still add up to the total.
    const e = explainPair(table, s, 0, 1);
    expect(e.priorWeight + e.fields.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(e.totalWeight, 9);
  });
});

function withoutPhone(levels: Uint8Array): Uint8Array {
  const copy = levels.slice();
  copy[5] = 2;
  return copy;
}

describe('contexts', () => {
  it.each([
    [[0, 0], CONTEXT_SAME_NAMES],
    [[2, 1], CONTEXT_SAME_NAMES],
    [[0, 5], CONTEXT_NAMESAKES],
    [[5, 0], CONTEXT_HOUSEHOLD],
    [[3, 1], CONTEXT_HOUSEHOLD],
    [[6, 0], CONTEXT_RANDOM],
    [[5, 5], CONTEXT_RANDOM],
  ])('names at levels %j stand in context %i', (names, context) => {
    expect(contextOf([...names, 0, 0, 0, 0, 0])).toBe(context);
  });

  it('scores a family (one family name and phone, other given names and birth dates) as different people', () => {
    const family: LinkRecord[] = [
      { givenNames: 'Fatima', sex: 'F', birthDate: '1984-11-09' },
      { givenNames: 'Zubair', sex: 'M', birthDate: '1984' },
      { givenNames: 'Ismail', sex: 'M', birthDate: '2010-03-16' },
      { givenNames: 'Amina', sex: 'F', birthDate: '2012' },
    ].map((r, k) => ({
      ...r,
      id: `f${k}`,
      familyNames: 'Qayikhuddin',
      nationality: 'PK',
      phone: '+381636550882',
    }));
    const { records } = syntheticRegister(1500, 3);
    const table = prepareRecords([...family, ...records]);
    const s = linkTable(table, { threshold: 0.5 }).scorer;
    for (let i = 0; i < family.length; i++)
      for (let j = i + 1; j < family.length; j++)
        expect(explainPair(table, s, i, j).probability).toBeLessThan(0.5);
  });

  it('weighs another sex strongly against when the given names differ, and weakly when they agree', () => {
    const m = priorModel();
    const differ = fieldWeights(m, [5, 0, 4, 1, 0, 2, 3])[3]!;
    const agree = fieldWeights(m, [0, 5, 4, 1, 0, 2, 3])[3]!;
    expect(differ).toBeLessThan(-3);
    expect(agree).toBeGreaterThan(differ);
  });
});

describe('a contradicting birth date', () => {
  const dates = fc
    .record({
      y: fc.integer({ min: 1960, max: 2015 }),
      m: fc.integer({ min: 2, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => ({ y, m, d }));
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = (x: { y: number; m: number; d: number }, precision: 'day' | 'month' | 'year' | 'none') =>
    precision === 'none'
      ? ''
      : precision === 'year'
        ? String(x.y)
        : precision === 'month'
          ? `${x.y}-${pad(x.m)}`
          : `${x.y}-${pad(x.m)}-${pad(x.d)}`;
  const names = fc.constantFrom('Ali', 'Mohammad', 'Fatima', 'Marko', 'Arben', '');
  const family = fc.constantFrom('Rezai', 'Ahmadi', 'Petrović', 'Krasniqi', '');
  const phones = fc.constantFrom('', '+38164111111', '+38164222222');
  const scorers = [scorer(priorModel()), learntScorer()];

  it('never raises a pair’s score, whatever the rest of the pair', () => {
    fc.assert(
      fc.property(
        names,
        names,
        family,
        family,
        phones,
        phones,
        dates,
        dates,
        fc.constantFrom('day', 'month', 'year', 'none') as fc.Arbitrary<'day' | 'month' | 'year' | 'none'>,
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 27 }),
        (ga, gb, fa, fb, pa, pb, a, b, precision, monthShift, dayShift) => {
          // b's date as it was, then made to contradict a's: another day and month of a's year
          // (months from February, so that neither is a 1 January that stands for a year).
          const months = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => m !== a.m);
          const contradicting = {
            y: a.y,
            m: months[monthShift % months.length]!,
            d: ((a.d - 1 + dayShift) % 28) + 1,
          };
          // Not each other swapped, and not the same day.
          while (contradicting.d === a.d || (contradicting.m === a.d && contradicting.d === a.m))
            contradicting.d = (contradicting.d % 28) + 1;
          const records = [
            { id: 'a', givenNames: ga, familyNames: fa, phone: pa, birthDate: text(a, 'day') },
            { id: 'b', givenNames: gb, familyNames: fb, phone: pb, birthDate: text(b, precision) },
            { id: 'c', givenNames: gb, familyNames: fb, phone: pb, birthDate: text(contradicting, 'day') },
          ];
          const table = prepareRecords(records);
          const levels = levelBuffer();
          compareRecords(table, 0, 2, levels);
          expect(levels[2]).toBe(DATE_FULL_DIFFER);
          compareRecords(table, 0, 1, levels);
          // Dates already years apart contradict more than one full date against another.
          if (levels[2] === DATE_YEARS_APART || levels[2] === DATE_DIFFERENT) return;
          for (const s of scorers)
            expect(explainPair(table, s, 0, 2).probability).toBeLessThanOrEqual(
              explainPair(table, s, 0, 1).probability + 1e-12,
            );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('weighs less than any agreement or a missing date in every context', () => {
    for (const s of [scorer(priorModel()), learntScorer()]) {
      for (const names of [
        [0, 0],
        [0, 5],
        [5, 0],
        [5, 5],
      ]) {
        const weightAt = (level: number) => fieldWeights(s.model, [...names, level, 2, 2, 2, 3])[2]!;
        for (let level = 0; level < FIELD_LEVELS[2]!.levels; level++) {
          if (level === DATE_FULL_DIFFER || level === DATE_YEARS_APART || level === DATE_DIFFERENT) continue;
          expect(weightAt(DATE_FULL_DIFFER)).toBeLessThan(weightAt(level));
        }
        expect(weightAt(DATE_FULL_DIFFER)).toBeLessThan(weightAt(DATE_MISSING));
      }
    }
  });
});
