/**
 * A small exact-enough linear program solver: maximise c·x subject to A x = b and x ≥ 0, by the
 * two-phase simplex method on a dense tableau with Bland's rule (which cannot cycle). It is what
 * an attacker would run against a published table to bound each suppressed cell, so disclosure
 * control runs it too. Tables here are small (a dashboard's cross-tabulation, tens of unknowns);
 * the constraint matrices of tables with margins are totally unimodular, so the optimum of an
 * integer table is an integer and rounding away floating-point noise is safe.
 */
const EPS = 1e-9;

export type LpResult =
  | { status: 'optimal'; value: number }
  | { status: 'unbounded' }
  | { status: 'infeasible' };

function pivot(t: number[][], row: number, col: number) {
  const p = t[row]![col]!;
  const r = t[row]!;
  for (let j = 0; j < r.length; j++) r[j]! /= p;
  for (let i = 0; i < t.length; i++) {
    if (i === row) continue;
    const f = t[i]![col]!;
    if (Math.abs(f) < EPS) continue;
    const ti = t[i]!;
    for (let j = 0; j < ti.length; j++) ti[j]! -= f * r[j]!;
  }
}

/**
 * Runs the simplex on tableau t (rows 0..m-1 constraints, last row the objective to maximise,
 * written as -c so that a negative entry means the objective can still grow), over the columns
 * allowed. Returns false when unbounded.
 */
function simplex(t: number[][], basis: number[], columns: number): boolean {
  const m = basis.length;
  const z = t[m]!;
  for (;;) {
    let enter = -1;
    for (let j = 0; j < columns; j++)
      if (z[j]! < -EPS) {
        enter = j;
        break;
      }
    if (enter < 0) return true;
    let leave = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const a = t[i]![enter]!;
      if (a > EPS) {
        const ratio = t[i]![t[i]!.length - 1]! / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
    }
    if (leave < 0) return false;
    pivot(t, leave, enter);
    basis[leave] = enter;
  }
}

/** max c·x subject to A x = b, x ≥ 0. */
export function maximise(
  A: readonly (readonly number[])[],
  b: readonly number[],
  c: readonly number[],
): LpResult {
  const m = A.length;
  const n = c.length;
  // Phase 1: artificial variables n..n+m-1, every row with b ≥ 0.
  const t: number[][] = A.map((row, i) => {
    const sign = b[i]! < 0 ? -1 : 1;
    const r = new Array<number>(n + m + 1).fill(0);
    for (let j = 0; j < n; j++) r[j] = sign * (row[j] ?? 0);
    r[n + i] = 1;
    r[n + m] = sign * b[i]!;
    return r;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  // Phase-1 objective: maximise -(sum of artificials), in reduced form.
  const z = new Array<number>(n + m + 1).fill(0);
  for (let i = 0; i < m; i++) for (let j = 0; j <= n + m; j++) if (j < n || j === n + m) z[j]! -= t[i]![j]!;
  t.push(z);
  simplex(t, basis, n + m);
  if (t[m]![n + m]! < -1e-7) return { status: 'infeasible' };
  // Drive any artificial still in the basis (at zero) out, or drop its redundant row.
  for (let i = m - 1; i >= 0; i--) {
    if (basis[i]! < n) continue;
    const col = t[i]!.findIndex((v, j) => j < n && Math.abs(v) > EPS);
    if (col >= 0) {
      pivot(t, i, col);
      basis[i] = col;
    } else {
      t.splice(i, 1);
      basis.splice(i, 1);
    }
  }
  // Phase 2: the real objective over the real columns.
  const rows = basis.length;
  const obj = new Array<number>(n + m + 1).fill(0);
  for (let j = 0; j < n; j++) obj[j] = -c[j]!;
  for (let i = 0; i < rows; i++) {
    const cb = c[basis[i]!] ?? 0;
    if (cb === 0) continue;
    for (let j = 0; j <= n + m; j++) obj[j]! += cb * t[i]![j]!;
  }
  t[rows] = obj;
  t.length = rows + 1;
  // Artificial columns may not enter again.
  for (const r of t) for (let j = n; j < n + m; j++) r[j] = 0;
  if (!simplex(t, basis, n)) return { status: 'unbounded' };
  return { status: 'optimal', value: t[rows]![n + m]! };
}
