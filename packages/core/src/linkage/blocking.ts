/**
 * Blocking: records are only compared with records that share at least one cheap key, so that true
 * pairs meet while the candidate pairs stay close to linear in the number of records. Each key is
 * coarse in a different way (phonetic names with a birth year, a name with a full birth date, a
 * phone, a document), so a typo or a missing value in one field still leaves the pair another way in.
 */
import type { LinkTable, ValueColumn } from './record.ts';

export interface BlockingKey {
  readonly name: string;
  /** Blocks with more records than this are dropped: too common to tell anything apart. Blocks
   * of more than WINDOW + 1 are compared as a sorted neighbourhood, not pair by pair. */
  readonly maxBlock: number;
  /** How many values a record may have under this key (each its own column of Blocks.recordBlocks). */
  readonly values: number;
}

/** The keys; a key with two values takes two columns of Blocks.recordBlocks. */
export const BLOCKING_KEYS: readonly BlockingKey[] = [
  // Both names' skeletons, in either order, with the birth year and with the next year, so that
  // years one apart meet too.
  { name: 'names_phonetic_birth_year', maxBlock: 2000, values: 2 },
  // Both names' skeletons without the year: for missing or wrong years. Common names are dropped.
  { name: 'names_phonetic', maxBlock: 2000, values: 1 },
  { name: 'family_phonetic_birth_year', maxBlock: 2000, values: 1 },
  // The first and the last of all name words' skeletons (in a fixed order) with the birth date:
  // records that share one word of their names, in whichever field, meet here. Then the rarest
  // word of a record's names with the year or the next year, for a typo in the other words.
  { name: 'name_word_birth_date', maxBlock: 2000, values: 2 },
  { name: 'rarest_name_word_birth_year', maxBlock: 2000, values: 2 },
  // One name's skeleton with the first three letters of the other and the year or the next: for a
  // typo later in the other name.
  { name: 'given_phonetic_family_prefix_birth_year', maxBlock: 2000, values: 2 },
  { name: 'family_phonetic_given_prefix_birth_year', maxBlock: 2000, values: 2 },
  // The family name as written (after folding) with the given name's initial, for records with no
  // or very different birth dates.
  { name: 'family_given_initial', maxBlock: 2000, values: 1 },
  // The first three letters of both names, in either order: for typos later in both.
  { name: 'names_prefixes', maxBlock: 2000, values: 1 },
  // A record's first two phones and documents.
  { name: 'phone', maxBlock: 100, values: 2 },
  { name: 'document', maxBlock: 50, values: 2 },
];

/** How many columns Blocks.recordBlocks has per record. */
export const BLOCK_COLUMNS = BLOCKING_KEYS.reduce((sum, k) => sum + k.values, 0);

export interface Blocks {
  /** Block b's members are members[start[b]] to members[start[b + 1]], in record order. */
  start: Int32Array;
  members: Int32Array;
  /** How many block columns each record has (K). */
  width: number;
  /** recordBlocks[i * K + c]: record i's block in column c, -1 for none. */
  recordBlocks: Int32Array;
  /** recordPositions[i * K + k]: where record i stands within that block's members. */
  recordPositions: Int32Array;
}

const NONE = Number.NaN;
const YEARS = 202; // 1900 to 2100, and one more for the next year
const PREFIXES = 27 ** 3;

/** Dense ranks of the distinct keys: NaN stays -1. */
function ranks(keys: Float64Array): { rank: Int32Array; distinct: number } {
  let valid = 0;
  for (let i = 0; i < keys.length; i++) if (!Number.isNaN(keys[i]!)) valid++;
  const sorted = new Float64Array(valid);
  let v = 0;
  for (let i = 0; i < keys.length; i++) if (!Number.isNaN(keys[i]!)) sorted[v++] = keys[i]!;
  sorted.sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  const rank = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (Number.isNaN(key)) {
      rank[i] = -1;
      continue;
    }
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return { rank, distinct };
}

function dateCode(table: LinkTable, i: number): number {
  const month = table.birthMonth[i]!;
  if (month === 0) return NONE;
  return (table.birthYear[i]! - 1900) * 416 + month * 32 + table.birthDay[i]!;
}

/** The smallest and the largest skeleton id among all of record i's name words, -1 if none. */
function wordRange(table: LinkTable, i: number): [number, number] {
  let lo = -1;
  let hi = -1;
  for (const column of [table.given, table.family]) {
    for (let w = column.start[i]!; w < column.start[i + 1]!; w++) {
      const skeleton = column.skeletons[w]!;
      if (lo === -1 || skeleton < lo) lo = skeleton;
      if (skeleton > hi) hi = skeleton;
    }
  }
  return [lo, hi];
}

/** Record i's k-th value of a column, NaN if it has fewer. */
function nth(column: ValueColumn, i: number, k: number): number {
  const at = column.start[i]! + k;
  return at < column.start[i + 1]! ? column.ids[at]! : NONE;
}

/** The first three letters of a name's folded form as a number, NaN if it has none. */
function prefixCode(table: LinkTable, column: LinkTable['given'], i: number): number {
  if (column.joined[i]! < 0) return NONE;
  const text = table.strings[column.joined[i]!]!;
  let code = 0;
  for (let k = 0; k < 3; k++) {
    const c = k < text.length ? text.charCodeAt(k) - 96 : 0;
    code = code * 27 + (c >= 0 && c < 27 ? c : 0);
  }
  return code;
}

/** The skeleton of the record's name word that fewest records share, -1 if it has no names. */
function rarestWord(table: LinkTable, i: number, counts: Int32Array): number {
  let best = -1;
  for (const column of [table.given, table.family]) {
    for (let w = column.start[i]!; w < column.start[i + 1]!; w++) {
      const skeleton = column.skeletons[w]!;
      if (
        best === -1 ||
        counts[skeleton]! < counts[best]! ||
        (counts[skeleton] === counts[best] && skeleton < best)
      )
        best = skeleton;
    }
  }
  return best;
}

/** The key values of every record in each column, NaN where a record has none. */
function keyColumns(table: LinkTable): Float64Array[] {
  const n = table.size;
  const wordCounts = new Int32Array(table.strings.length);
  for (const column of [table.given, table.family])
    for (let w = 0; w < column.skeletons.length; w++) wordCounts[column.skeletons[w]!]!++;
  const base = table.strings.length + 1;
  const names = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const g = table.given.skeletonSorted[i]!;
    const f = table.family.skeletonSorted[i]!;
    if (g < 0 && f < 0) names[i] = NONE;
    else names[i] = Math.min(g, f) * base + Math.max(g, f) + base;
  }
  const namesRank = ranks(names).rank;
  const columns = Array.from({ length: BLOCK_COLUMNS }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const year = table.birthYear[i]!;
    const y = year === 0 ? NONE : year - 1900;
    const g = table.given.skeletonSorted[i]!;
    const f = table.family.skeletonSorted[i]!;
    const both = g >= 0 && f >= 0 ? namesRank[i]! : NONE;
    const date = dateCode(table, i);
    const [lo, hi0] = wordRange(table, i);
    const first = lo >= 0 ? lo : NONE;
    const last = hi0 > lo ? hi0 : NONE;
    const rareWord = rarestWord(table, i, wordCounts);
    const givenPrefix = prefixCode(table, table.given, i);
    const familyPrefix = prefixCode(table, table.family, i);
    const rare = rareWord >= 0 ? rareWord : NONE;
    const family = table.family.joined[i]!;
    const initial =
      table.given.start[i + 1]! > table.given.start[i]!
        ? table.strings[table.given.words[table.given.start[i]!]!]!.charCodeAt(0)
        : 0;
    // In the order of BLOCKING_KEYS and their values; NaN anywhere makes a value NaN.
    const values = [
      both * YEARS + y,
      both * YEARS + y + 1,
      both,
      f >= 0 ? f * YEARS + y : NONE,
      first * 84_000 + date,
      last * 84_000 + date,
      rare * YEARS + y,
      rare * YEARS + y + 1,
      (g >= 0 ? g : NONE) * PREFIXES * YEARS + familyPrefix * YEARS + y,
      (g >= 0 ? g : NONE) * PREFIXES * YEARS + familyPrefix * YEARS + y + 1,
      (f >= 0 ? f : NONE) * PREFIXES * YEARS + givenPrefix * YEARS + y,
      (f >= 0 ? f : NONE) * PREFIXES * YEARS + givenPrefix * YEARS + y + 1,
      family >= 0 ? family * 128 + initial : NONE,
      Math.min(givenPrefix, familyPrefix) * PREFIXES + Math.max(givenPrefix, familyPrefix),
      nth(table.phones, i, 0),
      nth(table.phones, i, 1),
      nth(table.documents, i, 0),
      nth(table.documents, i, 1),
    ];
    for (let c = 0; c < BLOCK_COLUMNS; c++) columns[c]![i] = values[c]!;
  }
  return columns;
}

/** Groups the records of a table into blocks under every blocking key. */
export function buildBlocks(table: LinkTable): Blocks {
  return groupIntoBlocks(
    table.size,
    keyColumns(table),
    BLOCKING_KEYS,
    (i) => (table.birthYear[i]! * 13 + table.birthMonth[i]!) * 32 + table.birthDay[i]!,
  );
}

/**
 * Blocks from key values: columns[c][i] is record i's value in column c (NaN for none); the keys say
 * how the columns group (a key with two values takes two columns) and how large a block may be;
 * `when` orders the records of a large block for its sorted neighbourhood.
 */
export function groupIntoBlocks(
  n: number,
  columns: Float64Array[],
  keys: readonly BlockingKey[],
  when: (i: number) => number,
): Blocks {
  const K = columns.length;
  const recordBlocks = new Int32Array(n * K).fill(-1);
  const recordPositions = new Int32Array(n * K).fill(-1);
  const sizes: number[] = [];
  // First pass: block ids for blocks of a useful size; the columns of one key share its blocks.
  let c0 = 0;
  for (const key of keys) {
    const joined = new Float64Array(n * key.values);
    for (let v = 0; v < key.values; v++) joined.set(columns[c0 + v]!, v * n);
    const { rank, distinct } = ranks(joined);
    const count = new Int32Array(distinct);
    for (let x = 0; x < joined.length; x++) if (rank[x]! >= 0) count[rank[x]!]!++;
    const blockOf = new Int32Array(distinct).fill(-1);
    for (let r = 0; r < distinct; r++) {
      if (count[r]! >= 2 && count[r]! <= key.maxBlock) {
        blockOf[r] = sizes.length;
        sizes.push(count[r]!);
      }
    }
    for (let v = 0; v < key.values; v++)
      for (let i = 0; i < n; i++) {
        const r = rank[v * n + i]!;
        if (r >= 0) recordBlocks[i * K + c0 + v] = blockOf[r]!;
      }
    c0 += key.values;
  }
  const start = new Int32Array(sizes.length + 1);
  for (let b = 0; b < sizes.length; b++) start[b + 1] = start[b]! + sizes[b]!;
  const members = new Int32Array(start[sizes.length]!);
  const fill = start.slice(0, sizes.length);
  // Records in order, so that every block lists its members in record order.
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) {
      const b = recordBlocks[i * K + k]!;
      if (b < 0) continue;
      members[fill[b]!++] = i;
    }
  }
  // Large blocks are sorted by birth date, so that a window of neighbours holds the likely matches.
  for (let b = 0; b < sizes.length; b++) {
    if (sizes[b]! <= WINDOW + 1) continue;
    const block = Array.from(members.subarray(start[b]!, start[b + 1]!));
    block.sort((x, y) => when(x) - when(y) || x - y);
    members.set(block, start[b]!);
  }
  for (let b = 0; b < sizes.length; b++) {
    for (let m = start[b]!; m < start[b + 1]!; m++) {
      const i = members[m]!;
      // A record with two values in one key's block is listed once per value; either position will do.
      for (let k = 0; k < K; k++)
        if (recordBlocks[i * K + k] === b) recordPositions[i * K + k] = m - start[b]!;
    }
  }
  return { width: K, start, members, recordBlocks, recordPositions };
}

/**
 * How far apart, in a large block sorted by birth date, two records may stand and still be compared:
 * sorted neighbourhood within the block, so that the pairs a record starts stay bounded however
 * common its name. Blocks up to WINDOW + 1 records are compared whole.
 */
export const WINDOW = 10;

function windowOf(blocks: Blocks, i: number, k: number): [number, number, boolean] {
  const K = blocks.width;
  const b = blocks.recordBlocks[i * K + k]!;
  const first = blocks.start[b]!;
  const end = blocks.start[b + 1]!;
  const at = first + blocks.recordPositions[i * K + k]!;
  if (end - first <= WINDOW + 1) return [at + 1, end, false];
  return [Math.max(first, at - WINDOW), Math.min(end, at + WINDOW + 1), true];
}

/**
 * Calls visit(i, j) once for every candidate pair i < j with i in [from, to), however many keys the
 * two records share. stamp is a scratch array of the table's size, filled with -1 by the caller.
 */
export function forEachCandidate(
  blocks: Blocks,
  from: number,
  to: number,
  stamp: Int32Array,
  visit: (i: number, j: number) => void,
): void {
  const K = blocks.width;
  const { members, recordBlocks } = blocks;
  for (let i = from; i < to; i++) {
    for (let k = 0; k < K; k++) {
      if (recordBlocks[i * K + k]! < 0) continue;
      const [lo, hi] = windowOf(blocks, i, k);
      for (let m = lo; m < hi; m++) {
        const j = members[m]!;
        // In a sorted block neighbours on both sides are looked at; each pair is taken from its first record.
        if (j <= i || stamp[j] === i) continue;
        stamp[j] = i;
        visit(i, j);
      }
    }
  }
}

/** How many pair visits each record starts (before de-duplication): for splitting work evenly. */
export function candidateWork(blocks: Blocks, size: number): Float64Array {
  const K = blocks.width;
  const work = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let w = 1;
    for (let k = 0; k < K; k++) {
      if (blocks.recordBlocks[i * K + k]! < 0) continue;
      const [lo, hi, sorted] = windowOf(blocks, i, k);
      w += sorted ? (hi - lo) / 2 : hi - lo;
    }
    work[i] = w;
  }
  return work;
}
