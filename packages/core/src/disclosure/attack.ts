/**
 * What an attacker can learn of a withheld entry from a published table: the least and the most it
 * can be, given every published number, the additivity of rows, columns and totals, and that no
 * count is negative (the linear programs an intruder would solve). An entry whose least and most
 * are equal is disclosed.
 */
import { maximise } from './simplex.ts';
import { equations, type PublishedGrid } from './table.ts';

export interface Interval {
  readonly row: number;
  readonly col: number;
  readonly min: number;
  /** Infinity when nothing bounds it from above. */
  readonly max: number;
}

export function feasibleIntervals(published: PublishedGrid, only?: readonly [number, number][]): Interval[] {
  const { unknowns, rows } = equations(published);
  const A = rows.map((r) => {
    const a = new Array<number>(unknowns.length).fill(0);
    for (const [k, coefficient] of r.terms) a[k] = coefficient;
    return a;
  });
  const b = rows.map((r) => r.constant);
  const wanted = only ? new Set(only.map(([i, j]) => `${i},${j}`)) : null;
  const out: Interval[] = [];
  unknowns.forEach(([i, j], k) => {
    if (wanted && !wanted.has(`${i},${j}`)) return;
    const c = new Array<number>(unknowns.length).fill(0);
    c[k] = 1;
    const high = maximise(A, b, c);
    c[k] = -1;
    const low = maximise(A, b, c);
    if (high.status === 'infeasible' || low.status === 'infeasible')
      throw new Error('the published table contradicts itself');
    out.push({
      row: i,
      col: j,
      min: low.status === 'optimal' ? Math.round(-low.value) + 0 : 0,
      max: high.status === 'optimal' ? Math.round(high.value) : Number.POSITIVE_INFINITY,
    });
  });
  return out;
}

/** The equations an intruder holds over the withheld entries of one or more linked tables. */
export interface LinearSystem<E> {
  readonly unknowns: E[];
  readonly rows: { terms: [number, number][]; constant: number }[];
  /** The unknown's position, or undefined when the entry is published. */
  readonly index: (entry: E) => number | undefined;
}

/**
 * The least and the most a sum of entries (each with its coefficient) can be, given the system:
 * what an intruder can learn of, say, the unfiltered table less one slice at a cell.
 */
export function boundsOf<E>(
  system: LinearSystem<E>,
  publishedValue: (entry: E) => number | null,
  entries: readonly [E, number][],
): { min: number; max: number } {
  const n = system.unknowns.length;
  const c = new Array<number>(n).fill(0);
  let constant = 0;
  let any = false;
  for (const [entry, coefficient] of entries) {
    const k = system.index(entry);
    if (k === undefined) constant += coefficient * (publishedValue(entry) ?? 0);
    else {
      c[k]! += coefficient;
      any = true;
    }
  }
  if (!any) return { min: constant, max: constant };
  const A = system.rows.map((r) => {
    const a = new Array<number>(n).fill(0);
    for (const [k, coefficient] of r.terms) a[k] = coefficient;
    return a;
  });
  const b = system.rows.map((r) => r.constant);
  const high = maximise(A, b, c);
  const low = maximise(
    A,
    b,
    c.map((x) => -x),
  );
  if (high.status === 'infeasible' || low.status === 'infeasible')
    throw new Error('the published tables contradict themselves');
  return {
    min: low.status === 'optimal' ? Math.round(-low.value) + constant + 0 : Number.NEGATIVE_INFINITY,
    max: high.status === 'optimal' ? Math.round(high.value) + constant : Number.POSITIVE_INFINITY,
  };
}
