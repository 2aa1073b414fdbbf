/**
 * The closed-form bounds agree with the intruder's linear programs on every entry of every
 * generated pair (slice, parent): any count pattern, any entries withheld in either (totals too),
 * with or without a parent. If they ever differed, the lattice would protect against a weaker
 * intruder than attack.ts models.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf } from './attack.ts';
import { oneRowBounds } from './one-row.ts';
import { type Entry, type PublishedGrid, tableSystem, withMargins } from './table.ts';

const pairs = fc.integer({ min: 1, max: 7 }).chain((categories) =>
  fc.record({
    parent: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: categories, maxLength: categories }),
    share: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: categories,
      maxLength: categories,
    }),
    sliceWithheld: fc.array(fc.boolean(), { minLength: categories + 1, maxLength: categories + 1 }),
    parentWithheld: fc.array(fc.boolean(), { minLength: categories + 1, maxLength: categories + 1 }),
    linked: fc.boolean(),
  }),
);

/** The one-row grids (the second row repeats the first, as the lattice publishes them). */
const twoRows = (row: (number | null)[]): PublishedGrid => [row, row.slice()];

describe('the closed-form bounds of a one-row release', () => {
  it('are those of the linear programs, entry by entry', () => {
    fc.assert(
      fc.property(pairs, ({ parent, share, sliceWithheld, parentWithheld, linked }) => {
        const slice = parent.map((p, j) => Math.floor(p * share[j]!));
        const sliceRow = withMargins([slice])[0]!;
        const parentRow = withMargins([parent])[0]!;
        const shownSlice = sliceRow.map((v, j) => (sliceWithheld[j] ? null : v));
        const shownParent = parentRow.map((v, j) => (parentWithheld[j] ? null : v));
        const grids = linked
          ? [twoRows(shownSlice), twoRows(shownSlice.map(() => null)), twoRows(shownParent)]
          : [twoRows(shownSlice)];
        const system = tableSystem(grids, { linked });
        for (const table of linked ? ([0, 1] as const) : ([0] as const))
          for (let col = 0; col < sliceRow.length; col++) {
            const entry: Entry = [table, 0, col];
            const expected = boundsOf(system, [[entry, 1]], grids);
            const found = oneRowBounds(shownSlice, linked ? shownParent : null, table, col);
            expect(found, `${table}:${col} of ${JSON.stringify({ shownSlice, shownParent })}`).toEqual(
              expected,
            );
          }
      }),
      { numRuns: 3000 },
    );
  });
});
