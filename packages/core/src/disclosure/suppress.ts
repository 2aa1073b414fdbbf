/**
 * Small-count protection of a two-way table with its margins (the rule of the Counter Trafficking
 * Data Collaborative: no published count under 10).
 *
 * 1. Primary suppression: every cell or total under the threshold is withheld (zero too: a zero
 *    shown beside withheld cells narrows them).
 * 2. Complementary suppression: a withheld count of 1 to threshold-1 is protected when an
 *    attacker, solving the linear programs of the published table (attack.ts), can neither find
 *    it exactly nor tell that it is a small count: its feasible interval reaches 0 or the
 *    threshold. While one is not protected, the method withholds the other three corners of a
 *    rectangle through it (the hypercube method for two dimensions: a cycle the attacker cannot
 *    close), choosing the rectangle that withholds fewest new entries and, among those, the least
 *    information, among corners large enough to give the interval room.
 * 3. Optional rounding of what is published to a base (5, say), where a jurisdiction chooses it.
 */
import { feasibleIntervals } from './attack.ts';
import { type Grid, type PublishedGrid, withMargins } from './table.ts';

export interface ProtectionOptions {
  /** Counts under it are withheld; 10 by default. */
  readonly threshold?: number;
  /** Publish what is not withheld rounded to this base (nearest multiple); none by default. */
  readonly roundTo?: number;
}

export interface ProtectedTable {
  /** The grid as published: cells, row totals in the last column, column totals in the last row. */
  readonly published: PublishedGrid;
  /** Why each entry is withheld: primary (a small count) or complementary; null when published. */
  readonly reasons: ('primary' | 'complementary' | null)[][];
}

/** Whether the attacker's interval for a small count lets it pass for zero or for a large count. */
function hidden(min: number, max: number, threshold: number): boolean {
  return min === 0 || max >= threshold;
}

function publishedFrom(grid: Grid, withheld: boolean[][]): PublishedGrid {
  return grid.map((row, i) => row.map((v, j) => (withheld[i]![j] ? null : v)));
}

export function protectTable(
  counts: readonly (readonly number[])[],
  options: ProtectionOptions = {},
): ProtectedTable {
  const threshold = options.threshold ?? 10;
  if (counts.some((row) => row.some((v) => !Number.isInteger(v) || v < 0)))
    throw new Error('a table of counts holds whole numbers of zero or more');
  const grid = withMargins(counts);
  const R = grid.length - 1;
  const C = grid[0]!.length - 1;
  const withheld = grid.map((row) => row.map((v) => v < threshold));
  const reasons: ('primary' | 'complementary' | null)[][] = withheld.map((row) =>
    row.map((w) => (w ? 'primary' : null)),
  );
  const sensitive: [number, number][] = [];
  grid.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v >= 1 && v < threshold) sensitive.push([i, j]);
    });
  });
  // Withholding more only widens what the intruder must allow for, so a count once hidden stays
  // hidden: each round checks only the counts not hidden yet.
  let pending = sensitive;
  for (let guard = 0; guard <= (R + 1) * (C + 1); guard++) {
    const intervals = feasibleIntervals(publishedFrom(grid, withheld), pending);
    const stillExposed = intervals.filter((x) => !hidden(x.min, x.max, threshold));
    pending = stillExposed.map((x) => [x.row, x.col]);
    const exposed = stillExposed[0];
    if (!exposed) break;
    const rectangle =
      bestRectangle(grid, withheld, exposed.row, exposed.col, threshold) ?? smallestLeft(grid, withheld);
    if (!rectangle) break;
    for (const [i, j] of rectangle)
      if (!withheld[i]![j]) {
        withheld[i]![j] = true;
        reasons[i]![j] = 'complementary';
      }
  }
  const round = options.roundTo;
  const published = publishedFrom(grid, withheld).map((row) =>
    row.map((v) => (v === null || !round ? v : Math.round(v / round) * round)),
  );
  return { published, reasons };
}

/** When no rectangle through the entry has a corner left to withhold: the smallest count still published. */
export function smallestLeft(grid: Grid, withheld: boolean[][]): [number, number][] | null {
  let best: [number, number] | null = null;
  grid.forEach((row, i) => {
    row.forEach((v, j) => {
      if (!withheld[i]![j] && (!best || v < grid[best[0]]![best[1]]!)) best = [i, j];
    });
  });
  return best ? [best] : null;
}

/**
 * The other corners of the rectangle through (i, j) to withhold: fewest newly withheld first; then
 * corners whose counts leave the interval room (at least the threshold), smallest total first.
 */
export function bestRectangle(
  grid: Grid,
  withheld: boolean[][],
  i: number,
  j: number,
  threshold: number,
): [number, number][] | null {
  let best: { corners: [number, number][]; fresh: number; roomy: boolean; cost: number } | null = null;
  for (let l = 0; l < grid.length; l++) {
    if (l === i) continue;
    for (let k = 0; k < grid[0]!.length; k++) {
      if (k === j) continue;
      const corners: [number, number][] = [
        [i, k],
        [l, j],
        [l, k],
      ];
      const fresh = corners.filter(([a, b]) => !withheld[a]![b]).length;
      if (fresh === 0) continue;
      const roomy = corners.every(([a, b]) => withheld[a]![b] || grid[a]![b]! >= threshold);
      const cost = corners.reduce((s, [a, b]) => s + (withheld[a]![b] ? 0 : grid[a]![b]!), 0);
      const better =
        !best ||
        (roomy && !best.roomy) ||
        (roomy === best.roomy && (fresh < best.fresh || (fresh === best.fresh && cost < best.cost)));
      if (better) best = { corners, fresh, roomy, cost };
    }
  }
  return best?.corners ?? null;
}
