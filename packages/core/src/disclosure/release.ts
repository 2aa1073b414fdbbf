/**
 * A dashboard's counts under filters: one table of counts by a category (nationality, say),
 * released for every combination of the filters a user may set, and protected so that no count
 * under the threshold can be had from one release, nor by differencing it with the same table
 * with one filter more or less.
 *
 * The releases form a lattice: the table under filters F is a slice of the table under F less
 * any one filter f (its parent), and the parent less the slice is the table for "not f". Each
 * release's pattern of withheld counts is fixed once, from the root down: the root (no filter) is
 * protected on its own (suppress.ts); a slice is protected against each of its parents as a linked
 * release (slice, complement, parent) in which the parent is already published as it is and the
 * complement is never published: the slice withholds what it must so that neither its own small
 * counts nor the small counts of the complement can be pinned by the intruder's linear programs
 * (attack.ts), whose bounds for these one-row tables one-row.ts gives in closed form. Because the pattern of a release never depends on which of its children is asked
 * for, every pair of releases one filter apart has been checked together, whatever order users
 * ask for them in. Withholding more only widens what the intruder must allow for, so the union of
 * the patterns found against each parent keeps each of them safe.
 *
 * The total of an additive release is the same number in every chart of that unit under the same
 * filters (cases by month, by type...), so complementary suppression chooses among the categories
 * and withholds a total only when nothing else protects (then it is withheld as a last resort).
 *
 * Tables of categories a unit can have several of (a case with two modi operandi) have no total
 * that the counts add up to; their counts are linked only slice to parent, count by count.
 */
import { oneRowBounds } from './one-row.ts';
import type { ProtectionOptions } from './suppress.ts';
import type { Entry, Grid, PublishedGrid } from './table.ts';
import { withMargins } from './table.ts';

export interface FilteredCounts {
  /**
   * counts[mask][i]: the count in category i with the filters of `mask` applied (bit b set: filter
   * b applied). Every mask from 0 to 2^filters - 1 is given.
   */
  readonly counts: readonly (readonly number[])[];
  /** Each unit is in exactly one category, so the counts add up to a total that is released too. */
  readonly additive: boolean;
  /**
   * Counts everyone knows to be zero under a mask (the months of other years when a year is
   * chosen): published as 0, never withheld, and so known to the intruder too.
   */
  readonly structuralZero?: (mask: number, category: number) => boolean;
}

export interface ReleasedCounts {
  /** The counts as released, null where withheld. */
  readonly cells: (number | null)[];
  /** The total (additive tables only), null where withheld. */
  readonly total: number | null;
}

/** The release for the mask with every filter applied, protected as described above. */
export function protectFiltered(table: FilteredCounts, options: ProtectionOptions = {}): ReleasedCounts {
  const masks = table.counts.length;
  if (masks === 0 || (masks & (masks - 1)) !== 0) throw new Error('one table per combination of the filters');
  const width = table.counts[0]!.length;
  if (table.counts.some((row) => row.length !== width))
    throw new Error('every table has the same categories');
  if (table.counts.some((row) => row.some((v) => !Number.isInteger(v) || v < 0)))
    throw new Error('a table of counts holds whole numbers of zero or more');
  const release = releases(table, options);
  return release(masks - 1);
}

/** Every release of the lattice, computed on demand and kept: mask → release. */
export function releases(
  table: FilteredCounts,
  options: ProtectionOptions = {},
): (mask: number) => ReleasedCounts {
  const threshold = options.threshold ?? 10;
  const kept = new Map<number, PublishedGrid>();
  const grid = (mask: number): Grid => withMargins([table.counts[mask]!.slice()]);
  const patternOf = (mask: number): PublishedGrid => {
    const known = kept.get(mask);
    if (known) return known;
    let pattern: PublishedGrid;
    if (mask === 0) {
      if (table.additive) {
        const root = grid(0);
        const withheld = withheldWithin(null, null, root, threshold, () => false);
        pattern = root.map((row, i) => row.map((v, j) => (withheld[i]![j] ? null : v)));
      } else pattern = [table.counts[0]!.map((v) => (v < threshold ? null : v))];
    } else {
      const own = table.additive ? grid(mask) : [table.counts[mask]!.slice()];
      const known = (j: number) => j < width(table) && (table.structuralZero?.(mask, j) ?? false);
      const withheld = own.map((row) => row.map((v, j) => v < threshold && !known(j)));
      for (let bit = 1; bit <= mask; bit <<= 1) {
        if (!(mask & bit)) continue;
        const parent = mask & ~bit;
        const found = table.additive
          ? withheldWithin(grid(parent), patternOf(parent), own, threshold, known)
          : withheldCountByCount(
              table.counts[parent]!,
              patternOf(parent)[0]!,
              table.counts[mask]!,
              threshold,
              known,
            );
        found.forEach((row, i) => {
          row.forEach((w, j) => {
            if (w) withheld[i]![j] = true;
          });
        });
      }
      pattern = own.map((row, i) => row.map((v, j) => (withheld[i]![j] ? null : v)));
    }
    if (table.additive && pattern.length === 2) pattern[1] = pattern[0]!.slice();
    kept.set(mask, pattern);
    return pattern;
  };
  const round = options.roundTo;
  const shown = (v: number | null) => (v === null || !round ? v : Math.round(v / round) * round);
  return (mask) => {
    const pattern = patternOf(mask);
    const row = pattern[0]!;
    return table.additive
      ? { cells: row.slice(0, width(table)).map(shown), total: shown(row[width(table)]!) }
      : { cells: row.map(shown), total: null };
  };
}

function width(table: FilteredCounts): number {
  return table.counts[0]!.length;
}

/**
 * What a slice must withhold, given its parent as published (fixed) and the complement (parent
 * less slice, never published): its own small counts, and enough more that no small count of the
 * slice or of the complement can be pinned.
 */
function withheldWithin(
  parent: Grid | null,
  parentShown: PublishedGrid | null,
  slice: Grid,
  threshold: number,
  known: (category: number) => boolean,
): boolean[][] {
  const C = slice[0]!.length - 1;
  const complement = parent ? parent.map((row, i) => row.map((v, j) => v - slice[i]![j]!)) : null;
  if (complement?.some((row) => row.some((v) => v < 0)))
    throw new Error('a slice counts more than its parent');
  // Withheld from the start: small counts, and counts a small distance from their parent's
  // published count (the intruder's programs would find those first, one round each).
  const withheld = slice.map((row, i) =>
    row.map((v, j) => {
      if (known(j)) return false;
      const rest = complement?.[i]?.[j];
      const shownAbove = parentShown?.[i]?.[j];
      return (
        v < threshold ||
        (rest !== undefined &&
          shownAbove !== null &&
          shownAbove !== undefined &&
          rest >= 1 &&
          rest < threshold)
      );
    }),
  );
  // A one-row table's second row repeats it (the column totals): one entry, withheld together.
  const same = (a: boolean[][]) => {
    a[1] = a[0]!.slice();
  };
  const targets: { entry: Entry; truth: number }[] = [];
  slice.forEach((row, i) => {
    row.forEach((v, j) => {
      if (i > 0) return;
      if (v >= 1 && v < threshold) targets.push({ entry: [0, i, j], truth: v });
      const rest = complement?.[i]?.[j];
      if (rest !== undefined && rest >= 1 && rest < threshold)
        targets.push({ entry: [1, i, j], truth: rest });
    });
  });
  /** The next entries to withhold: the slice's entry itself, else the smallest category still shown. */
  const next = (j: number): number | null => {
    if (!withheld[0]![j]) return j;
    let best: number | null = null;
    for (let k = 0; k < C; k++)
      if (!withheld[0]![k] && !known(k) && (best === null || slice[0]![k]! < slice[0]![best]!)) best = k;
    if (best === null && !withheld[0]![C]) return C;
    return best;
  };
  same(withheld);
  let pending = targets;
  const parentRow = parentShown?.[0] ?? null;
  for (let guard = 0; guard <= C + 1; guard++) {
    const shown = slice[0]!.map((v, j) => (withheld[0]![j] ? null : v));
    pending = pending.filter((target) => {
      const { min, max } = oneRowBounds(shown, parentRow, target.entry[0] as 0 | 1, target.entry[2]);
      return !(min <= 0 || max >= threshold);
    });
    const exposed = pending[0];
    if (!exposed) break;
    const k = next(exposed.entry[2]);
    if (k === null) break;
    withheld[0]![k] = true;
    same(withheld);
  }
  return withheld;
}

/** Count by count, without totals: a slice's count is withheld when small or a small distance from its parent's. */
function withheldCountByCount(
  parent: readonly number[],
  parentShown: readonly (number | null)[],
  slice: readonly number[],
  threshold: number,
  known: (category: number) => boolean,
): boolean[][] {
  return [
    slice.map((v, i) => {
      const rest = parent[i]! - v;
      if (rest < 0) throw new Error('a slice counts more than its parent');
      if (known(i)) return false;
      return v < threshold || (parentShown[i] !== null && rest >= 1 && rest < threshold);
    }),
  ];
}
