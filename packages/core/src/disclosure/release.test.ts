/**
 * A dashboard's table under any combination of filters: generated records (each in one category,
 * or in several, with a yes or no for each filter) are counted for every combination, and an
 * intruder who holds every release tries to pin a small count, in one release or in the difference
 * of two releases one filter apart, by the linear programs over both. Protected one by one, the
 * releases give a count of 3 away by subtraction; protected as a lattice, nothing under 10 can be had.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf } from './attack.ts';
import { protectFiltered, releases } from './release.ts';
import { protectTable } from './suppress.ts';
import { type PublishedGrid, tableSystem, withMargins } from './table.ts';

interface Unit {
  readonly categories: number[];
  readonly filters: boolean[];
}

function countsOf(units: readonly Unit[], categories: number, filters: number): number[][] {
  return Array.from({ length: 1 << filters }, (_, mask) => {
    const row = new Array<number>(categories).fill(0);
    for (const u of units) {
      if (u.filters.some((yes, b) => mask & (1 << b) && !yes)) continue;
      for (const c of u.categories) row[c]! += 1;
    }
    return row;
  });
}

/** Records clustered so that small counts and small differences are common. */
const records = (additive: boolean) =>
  fc.tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 3 })).chain(([categories, filters]) =>
    fc
      .array(
        fc.record({
          categories: additive
            ? fc.integer({ min: 0, max: categories - 1 }).map((c) => [c])
            : fc.uniqueArray(fc.integer({ min: 0, max: categories - 1 }), { minLength: 1, maxLength: 2 }),
          filters: fc.array(fc.boolean(), { minLength: filters, maxLength: filters }),
          copies: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 5, max: 14 })),
        }),
        { minLength: 1, maxLength: 30 },
      )
      .map((rows) => ({
        categories,
        filters,
        units: rows.flatMap((r) =>
          Array.from({ length: r.copies }, () => ({ categories: r.categories, filters: r.filters })),
        ),
      })),
  );

/** The release of a mask as a one-row grid with its margins (additive) for the intruder's programs. */
function asGrid(cells: (number | null)[], total: number | null): PublishedGrid {
  return [
    [...cells, total],
    [...cells, total],
  ];
}

/**
 * The intruder against every release and each of its parents (one filter less): slice, complement
 * (never published) and parent, linked; no small count of the slice or the complement may be pinned.
 */
function attackEveryPair(counts: number[][], grids: PublishedGrid[]) {
  const truth = counts.map((row) => withMargins([row]));
  for (let mask = 1; mask < counts.length; mask++) {
    for (let bit = 1; bit <= mask; bit <<= 1) {
      if (!(mask & bit)) continue;
      const parent = mask & ~bit;
      const complement = truth[parent]!.map((row, i) => row.map((v, j) => v - truth[mask]![i]![j]!));
      const view = [grids[mask]!, complement.map((row) => row.map(() => null)), grids[parent]!];
      const system = tableSystem(view, { linked: true });
      [truth[mask]!, complement].forEach((g, s) => {
        g[0]!.forEach((v, j) => {
          if (v >= 1 && v < 10) {
            const x = boundsOf(system, [[[s, 0, j], 1]], view);
            expect(
              x.min <= 0 || x.max >= 10,
              `mask ${mask} against ${parent}, ${s ? 'difference' : 'count'} at ${j}`,
            ).toBe(true);
          }
        });
      });
    }
  }
}

describe('a table released under filters', () => {
  it('gives a small count away by subtraction when each release is protected alone', () => {
    // Nationality counts of all cases, and of the cases through one crossing.
    const all = [40, 25, 12];
    const viaCrossing = [37, 25, 12];
    const alone = [protectTable([all]).published[0]!, protectTable([viaCrossing]).published[0]!];
    expect(alone[0]![0]! - alone[1]![0]!).toBe(3);
    const release = releases({ counts: [all, viaCrossing], additive: true });
    const a = release(0).cells[0];
    const b = release(1).cells[0];
    expect(a === null || b === null).toBe(true);
  });

  it('publishes nothing under 10 and nothing but the truth', () => {
    fc.assert(
      fc.property(records(true), ({ units, categories, filters }) => {
        const counts = countsOf(units, categories, filters);
        const release = releases({ counts, additive: true });
        counts.forEach((row, mask) => {
          const r = release(mask);
          r.cells.forEach((v, i) => {
            if (v !== null) expect(v).toBe(row[i]);
            if (v !== null) expect(v).toBeGreaterThanOrEqual(10);
          });
          if (r.total !== null) expect(r.total).toBe(row.reduce((s, v) => s + v, 0));
        });
      }),
      { numRuns: 80 },
    );
  });

  it('lets no intruder pin a small count or a small difference one filter apart (additive)', () => {
    fc.assert(
      fc.property(records(true), ({ units, categories, filters }) => {
        const counts = countsOf(units, categories, filters);
        const release = releases({ counts, additive: true });
        const grids = counts.map((_, mask) => {
          const r = release(mask);
          return asGrid(r.cells, r.total);
        });
        const truth = counts.map((row) => withMargins([row]));
        // The root alone.
        const root = tableSystem([grids[0]!], { linked: false });
        truth[0]![0]!.forEach((v, j) => {
          if (v >= 1 && v < 10) {
            const x = boundsOf(root, [[[0, 0, j], 1]], [grids[0]!]);
            expect(x.min <= 0 || x.max >= 10, `root at ${j}`).toBe(true);
          }
        });
        // Every release with each of its parents.
        attackEveryPair(counts, grids);
      }),
      { numRuns: 60 },
    );
  });

  it('publishes the months of other years as the zeros everyone knows them to be, and still pins nothing', () => {
    // Categories 0-2 are months of one year, 3-5 of the next; filter 0 is "the second year".
    const months = fc.array(
      fc.record({
        month: fc.integer({ min: 0, max: 5 }),
        other: fc.boolean(),
        copies: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 6, max: 14 })),
      }),
      { minLength: 1, maxLength: 14 },
    );
    fc.assert(
      fc.property(months, (rows) => {
        const units = rows.flatMap((r) =>
          Array.from({ length: r.copies }, () => ({
            categories: [r.month],
            filters: [r.month >= 3, r.other],
          })),
        );
        const counts = countsOf(units, 6, 2);
        const structuralZero = (mask: number, category: number) => (mask & 1) === 1 && category < 3;
        const release = releases({ counts, additive: true, structuralZero });
        for (const mask of [1, 3]) expect(release(mask).cells.slice(0, 3)).toEqual([0, 0, 0]);
        const grids = counts.map((_, mask) => asGrid(release(mask).cells, release(mask).total));
        attackEveryPair(counts, grids);
      }),
      { numRuns: 60 },
    );
  });

  it('shows no small difference one filter apart when categories overlap (no totals)', () => {
    fc.assert(
      fc.property(records(false), ({ units, categories, filters }) => {
        const counts = countsOf(units, categories, filters);
        const release = releases({ counts, additive: false });
        for (let mask = 0; mask < counts.length; mask++) {
          const r = release(mask);
          expect(r.total).toBeNull();
          r.cells.forEach((v, i) => {
            if (v !== null) expect(v).toBe(counts[mask]![i]);
            if (v !== null) expect(v).toBeGreaterThanOrEqual(10);
          });
          for (let bit = 1; bit <= mask; bit <<= 1) {
            if (!(mask & bit)) continue;
            const p = release(mask & ~bit);
            r.cells.forEach((v, i) => {
              const whole = p.cells[i];
              if (v !== null && whole !== null && whole !== undefined) {
                const d = whole - v;
                expect(d === 0 || d >= 10, `mask ${mask} at ${i}`).toBe(true);
              }
            });
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('gives each release one pattern, whatever was asked for first', () => {
    fc.assert(
      fc.property(records(true), ({ units, categories, filters }) => {
        const counts = countsOf(units, categories, filters);
        const top = counts.length - 1;
        const downFirst = releases({ counts, additive: true });
        const direct = downFirst(top);
        const upFirst = releases({ counts, additive: true });
        for (let mask = 0; mask < top; mask++) upFirst(mask);
        expect(upFirst(top)).toEqual(direct);
        expect(protectFiltered({ counts, additive: true })).toEqual(direct);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a slice that counts more than its parent, and a missing combination', () => {
    expect(() => protectFiltered({ counts: [[5], [6]], additive: true })).toThrow(/more than its parent/);
    expect(() => protectFiltered({ counts: [[5], [4], [3]], additive: true })).toThrow(/combination/);
  });
});
