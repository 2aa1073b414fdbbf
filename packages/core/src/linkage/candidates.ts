/**
 * Comparing the candidate pairs of a table into comparison patterns, as typed-array columns; the step
 * worker threads share by record range.
 */
import { type Blocks, forEachCandidate } from './blocking.ts';
import { compareRecords, FIELD_LEVELS, frequencyAdjustment, levelBuffer } from './compare.ts';
import type { LinkTable } from './record.ts';

/** How many distinct comparison patterns there are: the product of the fields' level counts. */
export const PATTERN_COUNT = FIELD_LEVELS.reduce((product, f) => product * f.levels, 1);

/**
 * What the pipeline needs of a set of records: how many, and how any two compare. A LinkTable of
 * plaintext records is one; the private matcher's encoded records are another, so both are scored,
 * estimated and clustered by the same code.
 */
export interface Comparer {
  readonly size: number;
  /** Writes one level per field (then the swapped flag) into out; returns the pattern code. */
  compare(i: number, j: number, out: Uint8Array): number;
  /** The term-frequency adjustment in bits, given the levels compare wrote. */
  frequency(i: number, j: number, levels: Uint8Array): number;
  /** Compares many pairs at once, when the records can do that faster than one by one. */
  compareBatch?(
    left: Int32Array,
    right: Int32Array,
    count: number,
    pattern: Uint16Array,
    frequency: Float32Array,
  ): void;
}

const comparers = new WeakMap<LinkTable, Comparer>();

/** The comparer of plaintext records. */
export function comparerOf(records: LinkTable | Comparer): Comparer {
  if ('compare' in records) return records;
  let comparer = comparers.get(records);
  if (!comparer) {
    const table = records;
    comparer = {
      size: table.size,
      compare: (i, j, out) => compareRecords(table, i, j, out),
      frequency: (i, j, levels) => frequencyAdjustment(table, i, j, levels),
    };
    comparers.set(table, comparer);
  }
  return comparer;
}

/** Compared candidate pairs, in parallel columns; only the first `length` entries are used. */
export interface ComparedPairs {
  length: number;
  left: Int32Array;
  right: Int32Array;
  pattern: Uint16Array;
  /** Term-frequency adjustment of the pair, in bits. */
  frequency: Float32Array;
}

function emptyPairs(capacity: number): ComparedPairs {
  return {
    length: 0,
    left: new Int32Array(capacity),
    right: new Int32Array(capacity),
    pattern: new Uint16Array(capacity),
    frequency: new Float32Array(capacity),
  };
}

function grow(pairs: ComparedPairs): ComparedPairs {
  const next = emptyPairs(pairs.left.length * 2);
  next.left.set(pairs.left);
  next.right.set(pairs.right);
  next.pattern.set(pairs.pattern);
  next.frequency.set(pairs.frequency);
  next.length = pairs.length;
  return next;
}

/** Compares every candidate pair whose first record is in [from, to). */
export function compareCandidates(
  records: LinkTable | Comparer,
  blocks: Blocks,
  from = 0,
  to = records.size,
): ComparedPairs {
  const table = comparerOf(records);
  let pairs = emptyPairs(Math.max(1024, (to - from) * 4));
  const levels = levelBuffer();
  const stamp = new Int32Array(table.size).fill(-1);
  if (table.compareBatch) {
    forEachCandidate(blocks, from, to, stamp, (i, j) => {
      if (pairs.length === pairs.left.length) pairs = grow(pairs);
      const n = pairs.length++;
      pairs.left[n] = i;
      pairs.right[n] = j;
    });
    table.compareBatch(pairs.left, pairs.right, pairs.length, pairs.pattern, pairs.frequency);
    return pairs;
  }
  forEachCandidate(blocks, from, to, stamp, (i, j) => {
    if (pairs.length === pairs.left.length) pairs = grow(pairs);
    const n = pairs.length++;
    pairs.left[n] = i;
    pairs.right[n] = j;
    pairs.pattern[n] = table.compare(i, j, levels);
    pairs.frequency[n] = table.frequency(i, j, levels);
  });
  return pairs;
}

/** The levels of a pattern code, written into levels (the inverse of the comparison's code). */
export function decodePattern(code: number, levels: Uint8Array): void {
  let rest = code;
  for (let f = 0; f < FIELD_LEVELS.length; f++) {
    levels[f] = rest % FIELD_LEVELS[f]!.levels;
    rest = Math.floor(rest / FIELD_LEVELS[f]!.levels);
  }
}
