/**
 * Matching on encodings only: records as the encoder wrote them (no names, dates or numbers), laid
 * out in typed arrays, compared into the same comparison levels as plaintext records, so that the
 * same Fellegi–Sunter estimation, scoring and clustering serve both. Names compare by the Dice
 * similarity of their Bloom filters (a popcount over 32-bit words) and by keyed hashes; the other
 * fields by keyed hashes.
 */
import {
  DATE_DIFFERENT,
  DATE_EXACT,
  DATE_FULL_DIFFER,
  DATE_MISSING,
  DATE_ONE_PART,
  DATE_SAME_YEAR,
  DATE_SAME_YEAR_MONTH,
  DATE_SWAPPED,
  DATE_YEAR_OFF_BY_ONE,
} from '../birth-date.ts';
import { type Blocks, groupIntoBlocks } from '../blocking.ts';
import {
  levelBuffer,
  NAME_DIFFERENT,
  NAME_EXACT,
  NAME_MISSING,
  NAME_NEAR,
  NAME_PHONETIC,
  NAME_SIMILAR,
  pairFrequency,
  patternOf,
  phoneLevel,
  SWAPPED,
  sameOrNot,
} from '../compare.ts';
import type { Comparer } from '../link.ts';
import { frequencyAdjustments, type ValueColumn, valueFrequencies } from '../record.ts';
import { type EncodedName, type EncodedRecord, NAME_BITS, PRIVATE_BLOCKING_KEYS } from './encode.ts';
import { DiceKernel } from './popcount.ts';

const WORDS = NAME_BITS / 32;

/** Dice similarity from which encoded names count as near, and as similar (balanced filters: 0.5 is chance). */
export const NEAR_DICE = 0.925;
export const SIMILAR_DICE = 0.885;

/** Bits set in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Dice similarity of two 1024-bit encodings: at word offset ai of a, and bi of b. */
export function dice(
  a: Uint32Array,
  ai: number,
  b: Uint32Array,
  bi: number,
  weightA: number,
  weightB: number,
): number {
  let common = 0;
  for (let w = 0; w < WORDS; w++) common += popcount(a[ai + w]! & b[bi + w]!);
  return (2 * common) / (weightA + weightB);
}

interface EncodedNameColumn {
  present: Uint8Array;
  bits: Uint32Array;
  weight: Uint16Array;
  exact: Int32Array;
  joined: Int32Array;
  skeleton: Int32Array;
  joinedSkeleton: Int32Array;
  frequency: Float32Array;
  skeletonFrequency: Float32Array;
}

class Interner {
  private readonly ids = new Map<string, number>();
  id(value: string | undefined): number {
    if (value === undefined) return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

function nameColumn(
  records: readonly EncodedRecord[],
  pick: (r: EncodedRecord) => EncodedName | undefined,
  hashes: Interner,
): EncodedNameColumn {
  const n = records.length;
  const column: EncodedNameColumn = {
    present: new Uint8Array(n),
    bits: new Uint32Array(n * WORDS),
    weight: new Uint16Array(n),
    exact: new Int32Array(n).fill(-1),
    joined: new Int32Array(n).fill(-1),
    skeleton: new Int32Array(n).fill(-1),
    joinedSkeleton: new Int32Array(n).fill(-1),
    frequency: new Float32Array(0),
    skeletonFrequency: new Float32Array(0),
  };
  records.forEach((record, i) => {
    const name = pick(record);
    if (!name) return;
    const bytes = Buffer.from(name.bloom, 'base64');
    if (bytes.length !== NAME_BITS / 8)
      throw new Error(`record ${record.id}: a name encoding must be ${NAME_BITS} bits`);
    column.present[i] = 1;
    let weight = 0;
    for (let w = 0; w < WORDS; w++) {
      const word = bytes.readUInt32LE(w * 4);
      column.bits[i * WORDS + w] = word;
      weight += popcount(word);
    }
    column.weight[i] = weight;
    column.exact[i] = hashes.id(name.exact);
    column.joined[i] = hashes.id(name.joined);
    column.skeleton[i] = hashes.id(name.skeleton);
    column.joinedSkeleton[i] = hashes.id(name.joinedSkeleton);
  });
  return column;
}

function valueColumn(
  records: readonly EncodedRecord[],
  pick: (r: EncodedRecord) => string[],
  hashes: Interner,
): ValueColumn {
  const start = new Int32Array(records.length + 1);
  const ids: number[] = [];
  records.forEach((record, i) => {
    for (const value of pick(record)) ids.push(hashes.id(value));
    start[i + 1] = ids.length;
  });
  return { start, ids: Int32Array.from(ids) };
}

/** Encoded records ready to compare: a Comparer for the linkage pipeline. */
export class EncodedTable implements Comparer {
  readonly size: number;
  readonly ids: string[];
  readonly jurisdictions: string[];
  private readonly given: EncodedNameColumn;
  private readonly family: EncodedNameColumn;
  private readonly year: Int32Array;
  private readonly next: Int32Array;
  private readonly month: Int32Array;
  private readonly day: Int32Array;
  private readonly swappedDay: Int32Array;
  private readonly monthDay: Int32Array;
  private readonly yearDay: Int32Array;
  private readonly sex: Int32Array;
  private readonly nationality: Int32Array;
  private readonly phones: ValueColumn;
  private readonly documents: ValueColumn;
  private readonly phoneFrequency: Float32Array;
  readonly records: readonly EncodedRecord[];

  constructor(records: readonly EncodedRecord[]) {
    const hashes = new Interner();
    this.records = records;
    this.size = records.length;
    this.ids = records.map((r) => r.id);
    this.jurisdictions = records.map((r) => r.jurisdiction);
    this.given = nameColumn(records, (r) => r.given, hashes);
    this.family = nameColumn(records, (r) => r.family, hashes);
    const column = (pick: (r: EncodedRecord) => string | undefined) =>
      Int32Array.from(records, (r) => hashes.id(pick(r)));
    this.year = column((r) => r.birth?.year);
    this.next = column((r) => r.birth?.next);
    this.month = column((r) => r.birth?.month);
    this.day = column((r) => r.birth?.day);
    this.swappedDay = column((r) => r.birth?.swapped);
    this.monthDay = column((r) => r.birth?.monthDay);
    this.yearDay = column((r) => r.birth?.yearDay);
    this.sex = column((r) => r.sex);
    this.nationality = column((r) => r.nationality);
    this.phones = valueColumn(records, (r) => r.phones, hashes);
    this.documents = valueColumn(records, (r) => r.documents, hashes);
    this.phoneFrequency = valueFrequencies(this.phones, hashes.size);
    for (const c of [this.given, this.family]) {
      c.frequency = frequencyAdjustments(c.exact, hashes.size);
      c.skeletonFrequency = frequencyAdjustments(c.skeleton, hashes.size);
    }
  }

  /** Shared bits of the pair being compared, counted in a batch by the kernel; -1 when not. */
  private sharedGiven = -1;
  private sharedFamily = -1;
  private kernels: { given: DiceKernel; family: DiceKernel } | null = null;

  private nameLevel(a: EncodedNameColumn, i: number, b: EncodedNameColumn, j: number, shared = -1): number {
    if (!a.present[i] || !b.present[j]) return NAME_MISSING;
    if (a.exact[i] === b.exact[j] || a.joined[i] === b.joined[j]) return NAME_EXACT;
    const d =
      shared >= 0
        ? (2 * shared) / (a.weight[i]! + b.weight[j]!)
        : dice(a.bits, i * WORDS, b.bits, j * WORDS, a.weight[i]!, b.weight[j]!);
    return this.levelOf(d, a, i, b, j);
  }

  private levelOf(d: number, a: EncodedNameColumn, i: number, b: EncodedNameColumn, j: number): number {
    if (d >= NEAR_DICE) return NAME_NEAR;
    if (a.skeleton[i] === b.skeleton[j] || a.joinedSkeleton[i] === b.joinedSkeleton[j]) return NAME_PHONETIC;
    if (d >= SIMILAR_DICE) return NAME_SIMILAR;
    return NAME_DIFFERENT;
  }

  private birthLevel(i: number, j: number): number {
    if (this.year[i] === -1 || this.year[j] === -1) return DATE_MISSING;
    const sameYear = this.year[i] === this.year[j];
    // Encodings say only that the years differ, not by how much.
    if (!sameYear && this.next[i] !== this.year[j] && this.next[j] !== this.year[i]) return DATE_DIFFERENT;
    if (this.day[i] !== -1 && this.day[j] !== -1) {
      if (this.day[i] === this.day[j]) return DATE_EXACT;
      if (sameYear && this.swappedDay[i] !== -1 && this.swappedDay[i] === this.day[j]) return DATE_SWAPPED;
      const onePart = sameYear
        ? this.month[i] === this.month[j] || this.yearDay[i] === this.yearDay[j]
        : this.monthDay[i] !== -1 && this.monthDay[i] === this.monthDay[j];
      return onePart ? DATE_ONE_PART : DATE_FULL_DIFFER;
    }
    if (!sameYear) return DATE_YEAR_OFF_BY_ONE;
    if (this.month[i] !== -1 && this.month[j] !== -1)
      return this.month[i] === this.month[j] ? DATE_SAME_YEAR_MONTH : DATE_DIFFERENT;
    return DATE_SAME_YEAR;
  }

  compare(i: number, j: number, out: Uint8Array): number {
    let g = this.nameLevel(this.given, i, this.given, j, this.sharedGiven);
    let f = this.nameLevel(this.family, i, this.family, j, this.sharedFamily);
    let swapped = 0;
    if (g > NAME_NEAR || f > NAME_NEAR) {
      const gs = this.nameLevel(this.given, i, this.family, j);
      if (gs <= NAME_PHONETIC) {
        const fs = this.nameLevel(this.family, i, this.given, j);
        if (fs <= NAME_PHONETIC && gs + fs < g + f) {
          g = gs;
          f = fs;
          swapped = 1;
        }
      }
    }
    out[0] = g;
    out[1] = f;
    out[2] = this.birthLevel(i, j);
    out[3] = sameOrNot(this.sex[i]!, this.sex[j]!, -1);
    out[4] = sameOrNot(this.nationality[i]!, this.nationality[j]!, -1);
    out[5] = phoneLevel(this.phones, i, j);
    // Documents compare by keyed hash only: exact, different (no "one edit apart"), missing.
    out[6] = [0, 2, 3][phoneLevel(this.documents, i, j)]!;
    out[SWAPPED] = swapped;
    return patternOf(out);
  }

  compareBatch(
    left: Int32Array,
    right: Int32Array,
    count: number,
    pattern: Uint16Array,
    frequency: Float32Array,
  ): void {
    this.kernels ??= { given: new DiceKernel(this.given.bits), family: new DiceKernel(this.family.bits) };
    const BATCH = 1 << 16;
    const given = new Int32Array(BATCH);
    const family = new Int32Array(BATCH);
    const levels = levelBuffer();
    for (let from = 0; from < count; from += BATCH) {
      const n = Math.min(BATCH, count - from);
      const l = left.subarray(from, from + n);
      const r = right.subarray(from, from + n);
      this.kernels.given.sharedBits(l, r, n, given);
      this.kernels.family.sharedBits(l, r, n, family);
      for (let k = 0; k < n; k++) {
        this.sharedGiven = given[k]!;
        this.sharedFamily = family[k]!;
        pattern[from + k] = this.compare(l[k]!, r[k]!, levels);
        frequency[from + k] = this.frequency(l[k]!, r[k]!, levels);
      }
    }
    this.sharedGiven = -1;
    this.sharedFamily = -1;
  }

  frequency(i: number, j: number, levels: Uint8Array): number {
    return pairFrequency(this.given, this.family, this.phones, this.phoneFrequency, i, j, levels);
  }
}

/** Blocks from the keyed blocking keys; for the rarest-word key, each record's rarest word only. */
export function encodedBlocks(table: EncodedTable): Blocks {
  const n = table.size;
  const hashes = new Interner();
  const columns = PRIVATE_BLOCKING_KEYS.flatMap((key) =>
    Array.from({ length: key.values }, () => new Float64Array(n).fill(Number.NaN)),
  );
  const offsets: number[] = [];
  let c = 0;
  for (const key of PRIVATE_BLOCKING_KEYS) {
    offsets.push(c);
    c += key.values;
  }
  const RAREST = PRIVATE_BLOCKING_KEYS.findIndex((k) => k.name === 'rarest_name_word_birth_year');
  const counts = new Map<string, number>();
  for (const record of table.records)
    for (const [k, v] of record.blocks) if (k === RAREST) counts.set(v, (counts.get(v) ?? 0) + 1);
  table.records.forEach((record, i) => {
    const filled = new Int32Array(PRIVATE_BLOCKING_KEYS.length);
    const words: [string, string][] = [];
    for (let b = 0; b < record.blocks.length; b++) {
      const [k, v] = record.blocks[b]!;
      if (k === RAREST) {
        // Written as pairs: the word with the year, then with the next year.
        words.push([v, record.blocks[b + 1]?.[1] ?? v]);
        b++;
        continue;
      }
      const spec = PRIVATE_BLOCKING_KEYS[k];
      if (!spec || filled[k]! >= spec.values) continue;
      columns[offsets[k]! + filled[k]!]![i] = hashes.id(v);
      filled[k]!++;
    }
    if (words.length) {
      words.sort((x, y) => counts.get(x[0])! - counts.get(y[0])! || (x[0] < y[0] ? -1 : 1));
      columns[offsets[RAREST]!]![i] = hashes.id(words[0]![0]);
      columns[offsets[RAREST]! + 1]![i] = hashes.id(words[0]![1]);
    }
  });
  return groupIntoBlocks(n, columns, PRIVATE_BLOCKING_KEYS, (i) => i);
}
