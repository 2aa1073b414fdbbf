/** Clustering scored pairs into persons without chaining through weak links. */

import { type Comparer, comparerOf } from './candidates.ts';
import { levelBuffer } from './compare.ts';
import type { LinkTable } from './record.ts';
import { pairProbability, type ScoredPairs, type Scorer } from './scoring.ts';

export interface ClusterOptions {
  /**
   * Two clusters joined by a strong link are still kept apart when any record of one and any record
   * of the other score below this: the guard against chaining A–B–C when A and C are clearly different.
   */
  floor: number;
  /** Clusters whose cross pairs would exceed this many are not joined: one person, not a crowd. */
  maxCrossPairs: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { floor: 0.05, maxCrossPairs: 2500 };

/**
 * Clusters from scored pairs (best first): each record's cluster index is the index of its first
 * record. Links are taken from the strongest down; a link joins two clusters only if every record of
 * one scores at least the floor against every record of the other.
 */
export function clusterRecords(
  records: LinkTable | Comparer,
  s: Scorer,
  pairs: ScoredPairs,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Int32Array {
  const table = comparerOf(records);
  const n = table.size;
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const next = new Int32Array(n).fill(-1); // members of a cluster as a linked list from its root
  const tail = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    parent[i] = i;
    tail[i] = i;
  }
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const up = parent[i]!;
      parent[i] = root;
      i = up;
    }
    return root;
  };
  const levels = levelBuffer();
  const allAbove = (ra: number, rb: number, a: number, b: number): boolean => {
    if (size[ra]! * size[rb]! > options.maxCrossPairs) return false;
    for (let x = ra; x !== -1; x = next[x]!) {
      for (let y = rb; y !== -1; y = next[y]!) {
        if ((x === a && y === b) || (x === b && y === a)) continue;
        const pattern = table.compare(x, y, levels);
        const p = pairProbability(s, pattern, table.frequency(x, y, levels));
        if (p < options.floor) return false;
      }
    }
    return true;
  };
  for (let k = 0; k < pairs.left.length; k++) {
    const a = pairs.left[k]!;
    const b = pairs.right[k]!;
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) continue;
    if ((size[ra]! > 1 || size[rb]! > 1) && !allAbove(ra, rb, a, b)) continue;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
    next[tail[ra]!] = rb;
    tail[ra] = tail[rb]!;
  }
  // A cluster is named by its first record.
  const first = new Int32Array(n).fill(-1);
  const cluster = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (first[root] === -1) first[root] = i;
    cluster[i] = first[root]!;
  }
  return cluster;
}
