/**
 * Protection across releases: the same table with one filter more or less. A dashboard that
 * publishes a table for all crossings and for crossing A publishes, by difference, the table for
 * the crossings other than A; cells withheld independently in each release can then be recovered
 * (the differencing attack). Here the releases are protected together, as one three-way table: the
 * slices (one per value of the filter) and their sum (the table without the filter), each with its
 * margins, linked by the sums across slices. A small count (1 to threshold-1) in any release, and
 * any small difference between the unfiltered table and a slice, must stay hidden from an intruder
 * who holds every release; complementary suppression withholds the corners of a cube (the
 * hypercube method in three dimensions) until the intruder's linear programs show it is.
 */
import { boundsOf } from './attack.ts';
import type { ProtectionOptions } from './suppress.ts';
import { type Entry, type Grid, type PublishedGrid, tableSystem, withMargins } from './table.ts';

export interface LinkedRelease {
  /** The table without the filter: the sum of the slices. */
  readonly all: PublishedGrid;
  /** The table for each value of the filter, in the order given. */
  readonly slices: PublishedGrid[];
}

/** A quantity an intruder may aim at: one entry, or the unfiltered table less one slice at a cell. */
interface Target {
  readonly entries: [Entry, number][];
  readonly truth: number;
}

export function protectLinked(
  slices: readonly (readonly (readonly number[])[])[],
  options: ProtectionOptions = {},
): LinkedRelease {
  const threshold = options.threshold ?? 10;
  if (slices.length === 0) throw new Error('a linked release has at least one slice');
  const grids: Grid[] = slices.map((t) => withMargins(t));
  const R = grids[0]!.length - 1;
  const C = grids[0]![0]!.length - 1;
  if (grids.some((g) => g.length !== R + 1 || g[0]!.length !== C + 1))
    throw new Error('every slice has the same rows and columns');
  const all = grids[0]!.map((row, i) => row.map((_, j) => grids.reduce((sum, g) => sum + g[i]![j]!, 0)));
  grids.push(all);
  const S = slices.length;
  const withheld = grids.map((g) => g.map((row) => row.map((v) => v < threshold)));
  const targets: Target[] = [];
  grids.forEach((g, s) => {
    g.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v >= 1 && v < threshold) targets.push({ entries: [[[s, i, j], 1]], truth: v });
        const difference = all[i]![j]! - v;
        if (s < S && S > 1 && difference >= 1 && difference < threshold)
          targets.push({
            entries: [
              [[S, i, j], 1],
              [[s, i, j], -1],
            ],
            truth: difference,
          });
      });
    });
  });
  const published = () =>
    grids.map((g, s) => g.map((row, i) => row.map((v, j) => (withheld[s]![i]![j] ? null : v))));
  let pending = targets;
  const cells = (S + 1) * (R + 1) * (C + 1);
  for (let guard = 0; guard <= cells; guard++) {
    const view = published();
    const system = tableSystem(view, { linked: true });
    pending = pending.filter((target) => {
      const { min, max } = boundsOf(system, target.entries, view);
      return !(min <= 0 || max >= threshold);
    });
    const exposed = pending[0];
    if (!exposed) break;
    const [s, i, j] = exposed.entries[0]![0];
    const cube = bestCube(grids, withheld, s, i, j, threshold) ?? smallestLeft(grids, withheld);
    if (!cube) break;
    for (const [a, b, c] of cube) withheld[a]![b]![c] = true;
  }
  const round = options.roundTo;
  const out = published().map((g) =>
    g.map((row) => row.map((v) => (v === null || !round ? v : Math.round(v / round) * round))),
  );
  return { all: out[S]!, slices: out.slice(0, S) };
}

function bestCube(
  grids: Grid[],
  withheld: boolean[][][],
  s: number,
  i: number,
  j: number,
  threshold: number,
) {
  let best: { corners: Entry[]; fresh: number; roomy: boolean; cost: number } | null = null;
  for (let t = 0; t < grids.length; t++) {
    if (t === s) continue;
    for (let l = 0; l < grids[0]!.length; l++) {
      if (l === i) continue;
      for (let k = 0; k < grids[0]![0]!.length; k++) {
        if (k === j) continue;
        const corners: Entry[] = [];
        for (const a of [s, t]) for (const b of [i, l]) for (const c of [j, k]) corners.push([a, b, c]);
        const open = corners.filter(([a, b, c]) => !withheld[a]![b]![c]);
        if (open.length === 0) continue;
        const roomy = open.every(([a, b, c]) => grids[a]![b]![c]! >= threshold);
        const cost = open.reduce((sum, [a, b, c]) => sum + grids[a]![b]![c]!, 0);
        const better =
          !best ||
          (roomy && !best.roomy) ||
          (roomy === best.roomy &&
            (open.length < best.fresh || (open.length === best.fresh && cost < best.cost)));
        if (better) best = { corners, fresh: open.length, roomy, cost };
      }
    }
  }
  return best?.corners ?? null;
}

function smallestLeft(grids: Grid[], withheld: boolean[][][]): Entry[] | null {
  let best: Entry | null = null;
  let value = Number.POSITIVE_INFINITY;
  grids.forEach((g, s) => {
    g.forEach((row, i) => {
      row.forEach((v, j) => {
        if (!withheld[s]![i]![j] && v < value) {
          best = [s, i, j];
          value = v;
        }
      });
    });
  });
  return best ? [best] : null;
}
