/**
 * The differencing attack: a table for all crossings and the same table for one crossing give, by
 * subtraction, the table for the others. Protected one by one, both may be published whole while
 * the difference holds a 3; protected together, nothing under 10 can be had from any release or
 * any difference of two, even by an intruder who solves the linear programs over all of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf } from './attack.ts';
import { protectLinked } from './linked.ts';
import { protectTable } from './suppress.ts';
import { tableSystem, withMargins } from './table.ts';

const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 3, arbitrary: fc.integer({ min: 10, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 41, max: 300 }) },
);
const slices = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }))
  .chain(([s, r, c]) =>
    fc.array(fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }), {
      minLength: s,
      maxLength: s,
    }),
  );

describe('releases with one filter more or less', () => {
  it('give a small count away by subtraction when each is protected alone', () => {
    const crossingA = [
      [12, 30],
      [25, 40],
    ];
    const crossingB = [
      [3, 20],
      [15, 22],
    ];
    const all = crossingA.map((row, i) => row.map((v, j) => v + crossingB[i]![j]!));
    const alone = [protectTable(all).published, protectTable(crossingA).published];
    // Both published whole: all less crossing A is crossing B's 3.
    expect(alone[0]![0]![0]! - alone[1]![0]![0]!).toBe(3);
    const together = protectLinked([crossingA, crossingB]);
    const a = together.all[0]![0];
    const b = together.slices[0]![0]![0];
    expect(a === null || b === null).toBe(true);
  });

  it('give nothing under 10 away, alone or by difference, when protected together', () => {
    fc.assert(
      fc.property(slices, (tables) => {
        const release = protectLinked(tables);
        const truth = tables.map((t) => withMargins(t));
        const all = truth[0]!.map((row, i) => row.map((_, j) => truth.reduce((s, g) => s + g[i]![j]!, 0)));
        const grids = [...release.slices, release.all];
        const real = [...truth, all];
        // Nothing under 10 is published, and what is published is true.
        grids.forEach((g, s) => {
          g.forEach((row, i) => {
            row.forEach((v, j) => {
              if (v !== null) {
                expect(v).toBeGreaterThanOrEqual(10);
                expect(v).toBe(real[s]![i]![j]);
              }
            });
          });
        });
        // No difference of two releases at a cell is a small count.
        release.slices.forEach((slice, s) => {
          slice.forEach((row, i) => {
            row.forEach((v, j) => {
              const whole = release.all[i]![j];
              if (v !== null && whole !== null && whole !== undefined) {
                const difference = whole - v;
                expect(difference === 0 || difference >= 10, `slice ${s} at ${i},${j}`).toBe(true);
              }
            });
          });
        });
        // The intruder's linear programs over every release pin no small count, nor a small difference.
        const system = tableSystem(grids, { linked: true });
        const S = tables.length;
        real.forEach((g, s) => {
          g.forEach((row, i) => {
            row.forEach((v, j) => {
              if (v >= 1 && v < 10) {
                const x = boundsOf(system, [[[s, i, j], 1]], grids);
                expect(x.min <= 0 || x.max >= 10, `entry ${s},${i},${j}`).toBe(true);
              }
              const difference = all[i]![j]! - v;
              if (s < S && difference >= 1 && difference < 10) {
                const x = boundsOf(
                  system,
                  [
                    [[S, i, j], 1],
                    [[s, i, j], -1],
                  ],
                  grids,
                );
                expect(x.min <= 0 || x.max >= 10, `all less slice ${s} at ${i},${j}`).toBe(true);
              }
            });
          });
        });
      }),
      { numRuns: 120 },
    );
  });

  it('refuses slices of different shapes', () => {
    expect(() => protectLinked([[[1, 2]], [[1]]])).toThrow(/same rows and columns/);
  });
});
