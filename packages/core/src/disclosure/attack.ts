/**
 * What an attacker can learn of a withheld entry from a published table: the least and the most it
 * can be, given every published number, the additivity of rows, columns and totals, and that no
 * count is negative (the linear programs an intruder would solve). An entry whose least and most
 * are equal is disclosed.
 */
import { maximise } from './simplex.ts';
import { type Entry, type LinearSystem, type PublishedGrid, tableSystem } from './table.ts';

export interface Interval {
  readonly row: number;
  readonly col: number;
  readonly min: number;
  /** Infinity when nothing bounds it from above. */
  readonly max: number;
}

/** Every withheld entry's interval (or only those asked for) in one published table. */
export function feasibleIntervals(published: PublishedGrid, only?: readonly [number, number][]): Interval[] {
  const system = tableSystem([published], { linked: false });
  const wanted = only ? new Set(only.map(([i, j]) => `${i},${j}`)) : null;
  return system.unknowns
    .filter(([, i, j]) => !wanted || wanted.has(`${i},${j}`))
    .map((entry) => {
      const { min, max } = boundsOf(system, [[entry, 1]], [published]);
      return { row: entry[1], col: entry[2], min, max };
    });
}

/**
 * The least and the most a sum of entries (each with its coefficient) can be, given the system
 * and what the grids publish: what an intruder can learn of one withheld entry, or of, say, the
 * unfiltered table less one slice at a cell.
 */
export function boundsOf(
  system: LinearSystem,
  entries: readonly [Entry, number][],
  grids: readonly PublishedGrid[],
): { min: number; max: number } {
  const c = new Array<number>(system.unknowns.length).fill(0);
  let constant = 0;
  let any = false;
  for (const [entry, coefficient] of entries) {
    const k = system.index(entry);
    if (k === undefined) constant += coefficient * grids[entry[0]]![entry[1]]![entry[2]]!;
    else {
      c[k]! += coefficient;
      any = true;
    }
  }
  if (!any) return { min: constant, max: constant };
  const high = maximise(system.A, system.b, c);
  const low = maximise(
    system.A,
    system.b,
    c.map((x) => -x),
  );
  if (high.status === 'infeasible' || low.status === 'infeasible')
    throw new Error('the published tables contradict themselves');
  return {
    min: low.status === 'optimal' ? Math.round(-low.value) + constant + 0 : Number.NEGATIVE_INFINITY,
    max: high.status === 'optimal' ? Math.round(high.value) + constant : Number.POSITIVE_INFINITY,
  };
}
