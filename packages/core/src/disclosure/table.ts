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

/**
 * The additivity of a table with margins, as linear equations over the withheld entries: for
 * every row, its cells sum to its total; for every column, likewise. Each equation lists the
 * unknowns with their coefficient (+1 for a cell, -1 for the total) and the constant the
 * published entries leave: Σ coefficient × unknown = constant. Lines with no unknown are dropped.
 */
export function equations(published: PublishedGrid): {
  unknowns: [number, number][];
  rows: { terms: [number, number][]; constant: number }[];
} {
  const R = published.length - 1;
  const C = (published[0]?.length ?? 1) - 1;
  const unknowns: [number, number][] = [];
  const index = new Map<string, number>();
  for (let i = 0; i <= R; i++)
    for (let j = 0; j <= C; j++)
      if (published[i]![j] === null) {
        index.set(`${i},${j}`, unknowns.length);
        unknowns.push([i, j]);
      }
  const rows: { terms: [number, number][]; constant: number }[] = [];
  const line = (cells: [number, number][], total: [number, number]) => {
    const terms: [number, number][] = [];
    let constant = 0;
    for (const [i, j] of cells) {
      const v = published[i]![j];
      if (v === null) terms.push([index.get(`${i},${j}`)!, 1]);
      else constant -= v!;
    }
    const t = published[total[0]]![total[1]];
    if (t === null) terms.push([index.get(`${total[0]},${total[1]}`)!, -1]);
    else constant += t!;
    if (terms.length) rows.push({ terms, constant });
  };
  for (let i = 0; i <= R; i++)
    line(
      Array.from({ length: C }, (_, j) => [i, j] as [number, number]),
      [i, C],
    );
  for (let j = 0; j <= C; j++)
    line(
      Array.from({ length: R }, (_, i) => [i, j] as [number, number]),
      [R, j],
    );
  return { unknowns, rows };
}
