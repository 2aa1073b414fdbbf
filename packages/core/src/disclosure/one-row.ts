/**
 * What an intruder can learn of one entry of a one-row release linked to its published parent,
 * in closed form: the same bounds the linear programs of attack.ts find for these tables (the
 * property test in one-row.test.ts holds them equal), in time linear in the categories instead of
 * a simplex per entry, which is what lets the dashboard protect four filters at once quickly.
 *
 * The tables: the slice s_1..s_C with its total S (published or withheld entry by entry), the
 * parent p_1..p_C with its total P (published as its own pattern says), and the complement
 * c_j = p_j − s_j, never published. Everything is a count, so at least zero.
 *
 * Per category, s_j is known or not and p_j is known or not. A category whose parent is known
 * ties s_j to [0, p_j] (and fixes c_j = p_j − s_j); one whose parent is withheld (the set U)
 * leaves c_j free above zero. What couples the categories is two equations: Σ s_j = S when S is
 * published, and Σ p_j = P when P is, which over U reads Σ_U (s_j + c_j) = Q with Q = P less
 * the published parents; since the free c_j absorb any slack, it bounds Σ_U s_j ≤ Q and no
 * more. Every bound below follows from setting the other unknowns at their own extremes.
 */

export interface Bounds {
  readonly min: number;
  /** Infinity when nothing bounds it from above. */
  readonly max: number;
}

/**
 * The bounds of the slice's entry (`table` 0) or the complement's (`table` 1) at column `col`
 * (the last column, C, is the total), given the slice and the parent as published (C + 1 entries
 * each, null where withheld; no parent for the first release of the lattice).
 */
export function oneRowBounds(
  slice: readonly (number | null)[],
  parent: readonly (number | null)[] | null,
  table: 0 | 1,
  col: number,
): Bounds {
  const C = slice.length - 1;
  const S = slice[C] ?? null;
  let knownS = 0;
  let knownP = 0;
  let knownSInU = 0;
  let capacityA = 0;
  let inB = 0;
  let inU = 0;
  for (let j = 0; j < C; j++) {
    const s = slice[j] ?? null;
    const p = parent ? (parent[j] ?? null) : null;
    if (s !== null) knownS += s;
    if (p !== null) knownP += p;
    else {
      inU++;
      if (s !== null) knownSInU += s;
      else inB++;
    }
    if (s === null && p !== null) capacityA += p;
  }
  // The parent's total, published or the sum of its counts when all of them are.
  const P = parent ? (parent[C] ?? (inU === 0 ? knownP : null)) : null;
  // E2: the parent's total bounds the slice's withheld counts of withheld parents (a parent must exist).
  const tied = parent !== null && P !== null;
  const Q = tied ? P! - knownP : Number.POSITIVE_INFINITY;
  const roomU = tied ? Q - knownSInU : Number.POSITIVE_INFINITY;
  const rest = S !== null ? S - knownS : null;
  /** Room left to the slice's withheld counts of withheld parents (B) when `without` of them is held apart. */
  const capacityB = (without: number) => (inB - without > 0 ? roomU : 0);

  const sliceBounds = (j: number): Bounds => {
    const s = slice[j] ?? null;
    if (s !== null) return { min: s, max: s };
    const p = parent ? (parent[j] ?? null) : null;
    if (p !== null) {
      // In A: [0, p_j], and what the others cannot hold of the slice's remainder.
      return {
        min: rest === null ? 0 : Math.max(0, rest - (capacityA - p) - capacityB(0)),
        max: Math.min(p, rest ?? Number.POSITIVE_INFINITY),
      };
    }
    // In B: up to the remainder and the room the parent's total leaves; at least what A cannot hold
    // when no other withheld count shares that room.
    return {
      min: rest !== null && inB === 1 ? Math.max(0, rest - capacityA) : 0,
      max: Math.min(rest ?? Number.POSITIVE_INFINITY, roomU),
    };
  };
  const totalBounds = (): Bounds =>
    S !== null ? { min: S, max: S } : { min: knownS, max: knownS + capacityA + capacityB(0) };

  if (table === 0) return col === C ? totalBounds() : sliceBounds(col);
  if (!parent) throw new Error('a complement needs its parent');
  if (col === C) {
    if (P === null) {
      // The complements of published parents, at least, whatever those of withheld parents are.
      const mostA = Math.min(capacityA, rest ?? Number.POSITIVE_INFINITY);
      return { min: knownP - (knownS - knownSInU) - mostA, max: Number.POSITIVE_INFINITY };
    }
    const total = totalBounds();
    return { min: P - total.max, max: P - total.min };
  }
  const p = parent[col] ?? null;
  if (p !== null) {
    const s = sliceBounds(col);
    return { min: p - s.max, max: p - s.min };
  }
  if (!tied) return { min: 0, max: Number.POSITIVE_INFINITY };
  if (inU === 1) {
    const s = sliceBounds(col);
    return { min: Q - s.max, max: Q - s.min };
  }
  // Other complements of withheld parents can take it all; at most what Σ_U s_j leaves of Q.
  const leastB = rest !== null ? Math.max(0, rest - capacityA) : 0;
  return { min: 0, max: Q - knownSInU - leastB };
}
