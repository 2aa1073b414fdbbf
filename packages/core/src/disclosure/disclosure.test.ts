/**
 * Disclosure control, attacked: on generated tables full of small counts and zeros, nothing under
 * the threshold is published, and for every withheld small count an intruder who knows every
 * published number, the additivity of rows, columns and totals and that counts are never negative
 * can neither find it nor tell that it is small. The intruder's linear programs are checked
 * against brute force (every table that fits what was published) on tables small enough to list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feasibleIntervals } from './attack.ts';
import { maximise } from './simplex.ts';
import { protectTable } from './suppress.ts';
import { type PublishedGrid, withMargins } from './table.ts';

/** Counts as dashboards see them: mostly small, many zeros, now and then a large one. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 3, arbitrary: fc.integer({ min: 10, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 41, max: 400 }) },
);
const table = (maxRows: number, maxCols: number, cell = count) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([r, c]) =>
      fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    );

/**
 * Every way to fill the withheld entries with counts that fit the published table, listed by a
 * search that fills one entry at a time and fixes an entry as soon as its line leaves it one value
 * (tables small enough to list only): the intruder without linear programming.
 */
function bruteForceIntervals(published: PublishedGrid, bound: number) {
  const R = published.length - 1;
  const C = published[0]!.length - 1;
  const unknown: [number, number][] = [];
  published.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null) unknown.push([i, j]);
    });
  });
  const lines: { cells: [number, number][]; total: [number, number] }[] = [
    ...Array.from({ length: R + 1 }, (_, i) => ({
      cells: Array.from({ length: C }, (_, j) => [i, j] as [number, number]),
      total: [i, C] as [number, number],
    })),
    ...Array.from({ length: C + 1 }, (_, j) => ({
      cells: Array.from({ length: R }, (_, i) => [i, j] as [number, number]),
      total: [R, j] as [number, number],
    })),
  ];
  const seen = unknown.map(() => ({ min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY }));
  const value: (number | null)[][] = published.map((row) => [...row]);
  /** Fixes what the lines force; false when a line cannot add up. Returns the entries it fixed. */
  const propagate = (fixed: [number, number][]): boolean => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const line of lines) {
        const entries = [...line.cells, line.total];
        const open = entries.filter(([i, j]) => value[i]![j] === null);
        const sum = line.cells.reduce((s, [i, j]) => s + (value[i]![j] ?? 0), 0);
        const total = value[line.total[0]]![line.total[1]];
        if (open.length === 0) {
          if (sum !== total) return false;
        } else if (open.length === 1) {
          const [i, j] = open[0]!;
          const v = i === line.total[0] && j === line.total[1] ? sum : (total as number) - sum;
          if (v < 0) return false;
          value[i]![j] = v;
          fixed.push([i, j]);
          changed = true;
        } else if (total !== null && total !== undefined && sum > total) return false;
      }
    }
    return true;
  };
  const search = () => {
    const fixed: [number, number][] = [];
    if (propagate(fixed)) {
      const next = unknown.find(([i, j]) => value[i]![j] === null);
      if (!next)
        unknown.forEach(([i, j], u) => {
          seen[u]!.min = Math.min(seen[u]!.min, value[i]![j]!);
          seen[u]!.max = Math.max(seen[u]!.max, value[i]![j]!);
        });
      else
        for (let v = 0; v <= bound; v++) {
          value[next[0]]![next[1]] = v;
          search();
          value[next[0]]![next[1]] = null;
        }
    }
    for (const [i, j] of fixed) value[i]![j] = null;
  };
  search();
  return unknown.map(([row, col], u) => ({ row, col, ...seen[u]! }));
}

describe('the intruder’s linear programs', () => {
  it('solve small programs right', () => {
    // max x + y with x + 2y = 4, x, y ≥ 0: x = 4.
    expect(maximise([[1, 2]], [4], [1, 1])).toEqual({ status: 'optimal', value: 4 });
    expect(maximise([[1, -1]], [1], [1, 0])).toEqual({ status: 'unbounded' });
    expect(maximise([[1, 1]], [-1], [1, 0])).toEqual({ status: 'infeasible' });
  });

  it('find exactly the bounds that listing every fitting table finds', () => {
    fc.assert(
      fc.property(
        table(2, 3, fc.integer({ min: 0, max: 6 })),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (counts, hide) => {
          const grid = withMargins(counts);
          let k = 0;
          const published: PublishedGrid = grid.map((row) =>
            row.map((v) => (hide[k++ % hide.length] ? null : v)),
          );
          const unknowns = published.flat().filter((v) => v === null).length;
          fc.pre(unknowns > 0 && unknowns <= 5);
          const total = grid.at(-1)!.at(-1)!;
          const brute = bruteForceIntervals(published, total);
          const lp = feasibleIntervals(published);
          expect(lp.map((x) => [x.row, x.col])).toEqual(brute.map((x) => [x.row, x.col]));
          lp.forEach((x, k) => {
            expect(x.min).toBe(brute[k]!.min);
            // Unbounded above: the listing, which tries counts up to the grand total, reaches it.
            if (Number.isFinite(x.max)) expect(x.max).toBe(brute[k]!.max);
            else expect(brute[k]!.max).toBeGreaterThanOrEqual(total);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a protected table', () => {
  it('publishes no count under 10, and every published count as it is', () => {
    fc.assert(
      fc.property(table(6, 7), (counts) => {
        const { published } = protectTable(counts);
        const grid = withMargins(counts);
        published.forEach((row, i) => {
          row.forEach((v, j) => {
            if (v !== null) {
              expect(v).toBeGreaterThanOrEqual(10);
              expect(v).toBe(grid[i]![j]);
            }
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves no small count that the intruder can find, or tell is small, from the cells and totals', () => {
    fc.assert(
      fc.property(table(6, 7), (counts) => {
        const { published } = protectTable(counts);
        const grid = withMargins(counts);
        for (const x of feasibleIntervals(published)) {
          const truth = grid[x.row]![x.col]!;
          expect(truth).toBeGreaterThanOrEqual(x.min);
          expect(truth).toBeLessThanOrEqual(x.max);
          if (truth >= 1 && truth < 10) expect(x.min === 0 || x.max >= 10, `${x.row},${x.col}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('withstands the intruder on tables small enough to list every fitting table', () => {
    fc.assert(
      fc.property(table(2, 2, fc.integer({ min: 0, max: 14 })), (counts) => {
        const { published } = protectTable(counts);
        const grid = withMargins(counts);
        const total = grid.at(-1)!.at(-1)!;
        fc.pre(published.flat().filter((v) => v === null).length <= 6);
        for (const x of bruteForceIntervals(published, total)) {
          const truth = grid[x.row]![x.col]!;
          if (truth >= 1 && truth < 10) expect(x.min === 0 || x.max >= 10).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('withholds the other corners where one line alone would give a small count away', () => {
    // The 3 in the first row is recoverable from its row total unless another entry goes too.
    const { published, reasons } = protectTable([
      [3, 40, 25],
      [30, 20, 50],
    ]);
    expect(published[0]![0]).toBeNull();
    expect(reasons.flat().filter((r) => r === 'complementary').length).toBeGreaterThanOrEqual(3);
    const x = feasibleIntervals(published).find((i) => i.row === 0 && i.col === 0)!;
    expect(x.min === 0 || x.max >= 10).toBe(true);
  });

  it('publishes a table with no small count whole, and rounds where asked', () => {
    const counts = [
      [12, 40],
      [31, 27],
    ];
    expect(protectTable(counts).published).toEqual([
      [12, 40, 52],
      [31, 27, 58],
      [43, 67, 110],
    ]);
    expect(protectTable(counts, { roundTo: 5 }).published).toEqual([
      [10, 40, 50],
      [30, 25, 60],
      [45, 65, 110],
    ]);
  });

  it('refuses what is not a table of counts', () => {
    expect(() => protectTable([[1.5]])).toThrow(/whole numbers/);
    expect(() => protectTable([[-1]])).toThrow(/whole numbers/);
  });
});
