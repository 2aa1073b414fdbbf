/**
 * A two-way table of counts with its margins, as it is published: every cell and total either a
 * number or withheld (null). The grid form used throughout: rows 0..R-1 and columns 0..C-1 are
 * the cells, row R holds the column totals, column C the row totals, (R, C) the grand total.
 */
export type Grid = number[][];
export type PublishedGrid = (number | null)[][];

/** The counts with their margins added: an (R+1) × (C+1) grid. */
export function withMargins(counts: readonly (readonly number[])[]): Grid {
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  const grid: Grid = counts.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  const totals = Array.from({ length: cols + 1 }, (_, j) => grid.reduce((s, row) => s + row[j]!, 0));
  grid.push(totals);
  if (grid.some((row) => row.length !== cols + 1))
    throw new Error('every row of a table has the same columns');
  void rows;
  return grid;
}

/** An entry of one of several tables released together: table, row, column. */
export type Entry = [number, number, number];

/**
 * The equations an intruder holds over the withheld entries, as the matrix of a linear program:
 * A x = b over the unknowns (x ≥ 0), where each unknown is a withheld entry.
 */
export interface LinearSystem {
  readonly unknowns: Entry[];
  readonly A: number[][];
  readonly b: number[];
  /** The unknown's position, or undefined when the entry is published. */
  readonly index: (entry: Entry) => number | undefined;
}

/**
 * The additivity of tables with margins, as equations over their withheld entries: in every
 * table, each row's cells sum to its total and each column's likewise; with `linked`, the last
 * table is the sum of the others, entry by entry (the releases of one filter, linked.ts). Lines
 * with no withheld entry are dropped.
 */
export function tableSystem(grids: readonly PublishedGrid[], options: { linked: boolean }): LinearSystem {
  const last = grids.length - 1;
  const R = grids[0]!.length - 1;
  const C = grids[0]![0]!.length - 1;
  const unknowns: Entry[] = [];
  const positions = new Map<string, number>();
  grids.forEach((g, s) => {
    g.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v === null) {
          positions.set(`${s},${i},${j}`, unknowns.length);
          unknowns.push([s, i, j]);
        }
      });
    });
  });
  const index = (e: Entry) => positions.get(e.join(','));
  const lines: { terms: [number, number][]; constant: number }[] = [];
  /** Σ coefficient × entry = 0, the published entries moved to the constant. */
  const add = (parts: [Entry, number][]) => {
    const terms: [number, number][] = [];
    let constant = 0;
    for (const [entry, coefficient] of parts) {
      const k = index(entry);
      if (k === undefined) constant -= coefficient * grids[entry[0]]![entry[1]]![entry[2]]!;
      else terms.push([k, coefficient]);
    }
    if (terms.length) lines.push({ terms, constant });
  };
  grids.forEach((_, s) => {
    for (let i = 0; i <= R; i++)
      add([...Array.from({ length: C }, (_, j) => [[s, i, j], 1] as [Entry, number]), [[s, i, C], -1]]);
    for (let j = 0; j <= C; j++)
      add([...Array.from({ length: R }, (_, i) => [[s, i, j], 1] as [Entry, number]), [[s, R, j], -1]]);
  });
  if (options.linked)
    for (let i = 0; i <= R; i++)
      for (let j = 0; j <= C; j++)
        add([
          ...Array.from({ length: last }, (_, s) => [[s, i, j], 1] as [Entry, number]),
          [[last, i, j], -1],
        ]);
  const A = lines.map((line) => {
    const a = new Array<number>(unknowns.length).fill(0);
    for (const [k, coefficient] of line.terms) a[k] = coefficient;
    return a;
  });
  return { unknowns, A, b: lines.map((line) => line.constant), index };
}
