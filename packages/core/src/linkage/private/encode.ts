/**
 * Privacy-preserving encodings of person records, for hit/no-hit across jurisdictions. Built from the
 * same normalised forms as plaintext linkage, with a regional secret the matcher never holds:
 * - each name field as a balanced, keyed Bloom filter of its bigrams (a 512-bit filter and its
 *   complement, 1024 bits, the positions permuted with a key): every encoding has the same weight,
 *   which defeats the pattern-mining frequency attacks on plain Bloom filters;
 * - keyed hashes (HMAC-SHA256, cut to 64 bits) of exact values: the name as a whole, its consonant
 *   skeleton, birth year, month and day, sex, nationality, phones, documents;
 * - keyed blocking keys, so that the matcher meets candidate pairs without seeing what they share.
 * Every field has its own key, derived from the secret with HKDF. Node-only (node:crypto): it is
 * not part of the package's browser entry.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import { BLOCKING_KEYS } from '../blocking.ts';
import type { LinkTable, NameColumn } from '../record.ts';

/** Bits of a name encoding: a 512-bit Bloom filter and its complement. */
export const NAME_BITS = 1024;
const BASE_BITS = NAME_BITS / 2;
/** Bits each bigram sets in the 512-bit filter. */
const HASHES_PER_TOKEN = 10;

const FIELDS = [
  'given',
  'family',
  'names',
  'birth',
  'sex',
  'nationality',
  'phone',
  'document',
  'plate',
  'blocking',
  'permutation',
] as const;
type Field = (typeof FIELDS)[number];

export interface EncodingKeys {
  readonly keys: Record<Field, Buffer>;
  /** The keyed order of the 1024 bit positions of a name encoding. */
  readonly permutation: Uint16Array;
}

/** Per-field keys from the regional secret (at least 16 bytes). */
export function deriveKeys(secret: Uint8Array): EncodingKeys {
  if (secret.length < 16) throw new Error('the secret must be at least 16 bytes');
  const keys = Object.fromEntries(
    FIELDS.map((field) => [
      field,
      Buffer.from(hkdfSync('sha256', secret, 'veza-linkage', `veza:${field}`, 32)),
    ]),
  ) as Record<Field, Buffer>;
  // A keyed Fisher–Yates shuffle of the bit positions.
  const permutation = Uint16Array.from({ length: NAME_BITS }, (_, i) => i);
  let stream = Buffer.alloc(0);
  let counter = 0;
  let at = 0;
  const next32 = () => {
    if (at + 4 > stream.length) {
      stream = createHmac('sha256', keys.permutation).update(`stream:${counter++}`).digest();
      at = 0;
    }
    const value = stream.readUInt32LE(at);
    at += 4;
    return value;
  };
  for (let i = NAME_BITS - 1; i > 0; i--) {
    const j = next32() % (i + 1);
    const t = permutation[i]!;
    permutation[i] = permutation[j]!;
    permutation[j] = t;
  }
  return { keys, permutation };
}

/** A keyed hash of a value, 64 bits as 16 hex digits. */
export function keyedHash(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex').slice(0, 16);
}

/** One record's encodings. Nothing in it can be read back without the secret. */
export interface EncodedRecord {
  id: string;
  jurisdiction: string;
  /** Per name field: the balanced Bloom filter (base64), and keyed hashes of the name and its skeleton. */
  given?: EncodedName;
  family?: EncodedName;
  /**
   * Keyed hashes of the birth year, the next year, year and month, the full date, the date with day
   * and month swapped, and of a full date's month and day, and year and day (to tell a slip in one
   * part from two different dates).
   */
  birth?: {
    year: string;
    next: string;
    month?: string;
    day?: string;
    swapped?: string;
    monthDay?: string;
    yearDay?: string;
  };
  sex?: string;
  nationality?: string;
  phones: string[];
  documents: string[];
  /** Keyed blocking keys: [key number, hash]. */
  blocks: [number, string][];
}

export interface EncodedName {
  bloom: string;
  exact: string;
  joined: string;
  skeleton: string;
  joinedSkeleton: string;
}

function bigrams(word: string): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
}

/** The filter positions of one word: the same word gives the same bits, so each is hashed once. */
type WordBits = Map<number, Uint16Array>;

function wordBits(word: string, key: Buffer): Uint16Array {
  const positions: number[] = [];
  for (const gram of bigrams(word)) {
    const digest = createHmac('sha256', key).update(gram).digest();
    const h1 = digest.readUInt32LE(0);
    const h2 = digest.readUInt32LE(4) | 1;
    for (let k = 0; k < HASHES_PER_TOKEN; k++) positions.push((h1 + k * h2) % BASE_BITS);
  }
  return Uint16Array.from(positions);
}

function encodeName(
  table: LinkTable,
  column: NameColumn,
  i: number,
  keys: EncodingKeys,
  field: 'given' | 'family',
  cache: WordBits,
  hashName: (value: string) => string,
): EncodedName | undefined {
  const w0 = column.start[i]!;
  const w1 = column.start[i + 1]!;
  if (w0 === w1) return undefined;
  const key = keys.keys[field];
  const base = new Uint8Array(BASE_BITS);
  for (let w = w0; w < w1; w++) {
    const id = column.words[w]!;
    let positions = cache.get(id);
    if (!positions) {
      positions = wordBits(table.strings[id]!, key);
      cache.set(id, positions);
    }
    for (const p of positions) base[p] = 1;
  }
  // Balanced: the filter and its complement, so every encoding has exactly 512 bits set; then the
  // positions permuted with a key, so the halves cannot be told apart.
  const bits = new Uint8Array(NAME_BITS / 8);
  for (let b = 0; b < NAME_BITS; b++) {
    const set = b < BASE_BITS ? base[b] === 1 : base[b - BASE_BITS] === 0;
    if (set) {
      const p = keys.permutation[b]!;
      bits[p >> 3]! |= 1 << (p & 7);
    }
  }
  const text = (id: number) => table.strings[id]!;
  return {
    bloom: Buffer.from(bits).toString('base64'),
    exact: hashName(`exact:${text(column.sorted[i]!)}`),
    joined: hashName(`joined:${text(column.joined[i]!)}`),
    skeleton: hashName(`skeleton:${text(column.skeletonSorted[i]!)}`),
    joinedSkeleton: hashName(`joined-skeleton:${text(column.joinedSkeleton[i]!)}`),
  };
}

function values(table: LinkTable, column: LinkTable['phones'], i: number): string[] {
  const out: string[] = [];
  for (let v = column.start[i]!; v < column.start[i + 1]!; v++) out.push(table.strings[column.ids[v]!]!);
  return out;
}

/** The blocking keys of the private mode: those of plaintext linkage, keyed. */
export const PRIVATE_BLOCKING_KEYS = BLOCKING_KEYS;

/** The plaintext blocking values of record i, as [key number, value]: hashed before they leave. */
function blockingValues(table: LinkTable, i: number): [number, string][] {
  const out: [number, string][] = [];
  const text = (id: number) => (id >= 0 ? table.strings[id]! : '');
  const g = text(table.given.skeletonSorted[i]!);
  const f = text(table.family.skeletonSorted[i]!);
  const year = table.birthYear[i]!;
  const month = table.birthMonth[i]!;
  const date = month ? `${year}-${month}-${table.birthDay[i]}` : '';
  const prefix = (column: NameColumn) => text(column.joined[i]!).slice(0, 3);
  const both = g && f ? [g, f].sort().join('|') : '';
  if (both && year) out.push([0, `${both}|${year}`], [0, `${both}|${year + 1}`]);
  if (both) out.push([1, both]);
  if (f && year) out.push([2, `${f}|${year}`]);
  const words: string[] = [];
  for (const column of [table.given, table.family])
    for (let w = column.start[i]!; w < column.start[i + 1]!; w++) words.push(text(column.skeletons[w]!));
  words.sort();
  if (date && words.length) {
    out.push([3, `${words[0]}|${date}`]);
    if (words.length > 1 && words.at(-1) !== words[0]) out.push([3, `${words.at(-1)}|${date}`]);
  }
  // Every word with the year and the next: the matcher keeps only each record's rarest word, which
  // it can tell from how often the hashed keys occur.
  if (year) for (const word of new Set(words)) out.push([4, `${word}|${year}`], [4, `${word}|${year + 1}`]);
  if (g && year) {
    out.push([5, `${g}|${prefix(table.family)}|${year}`], [5, `${g}|${prefix(table.family)}|${year + 1}`]);
  }
  if (f && year) {
    out.push([6, `${f}|${prefix(table.given)}|${year}`], [6, `${f}|${prefix(table.given)}|${year + 1}`]);
  }
  const familyText = text(table.family.joined[i]!);
  const givenText = text(table.given.joined[i]!);
  if (familyText) out.push([7, `${familyText}|${givenText.charAt(0)}`]);
  if (givenText || familyText) out.push([8, [prefix(table.given), prefix(table.family)].sort().join('|')]);
  for (const phone of values(table, table.phones, i).slice(0, 2)) out.push([9, phone]);
  for (const document of values(table, table.documents, i).slice(0, 2)) out.push([10, document]);
  return out;
}

/** Encodes every record of a prepared table. */
export function encodeTable(table: LinkTable, keys: EncodingKeys): EncodedRecord[] {
  return [...encodeRecords(table, keys)];
}

/** Encodes the records of a prepared table one at a time, for writing as they come. */
export function* encodeRecords(table: LinkTable, keys: EncodingKeys): Generator<EncodedRecord> {
  const k = keys.keys;
  const givenBits: WordBits = new Map();
  const familyBits: WordBits = new Map();
  // Values repeat (years, names, blocking keys): each distinct one is hashed once per field.
  const cached = (key: Buffer) => {
    const seen = new Map<string, string>();
    return (value: string) => {
      let h = seen.get(value);
      if (h === undefined) {
        h = keyedHash(key, value);
        seen.set(value, h);
      }
      return h;
    };
  };
  const hash = {
    names: cached(k.names),
    birth: cached(k.birth),
    sex: cached(k.sex),
    nationality: cached(k.nationality),
    phone: cached(k.phone),
    document: cached(k.document),
    blocking: cached(k.blocking),
  };

  for (let i = 0; i < table.size; i++) {
    const year = table.birthYear[i]!;
    const month = table.birthMonth[i]!;
    const day = table.birthDay[i]!;
    const record: EncodedRecord = {
      id: table.ids[i]!,
      jurisdiction: table.jurisdictions[i]!,
      phones: values(table, table.phones, i).map((p) => hash.phone(p)),
      documents: values(table, table.documents, i).map((d) => hash.document(d)),
      blocks: blockingValues(table, i).map(([n, v]) => [n, hash.blocking(`${n}:${v}`)]),
    };
    const given = encodeName(table, table.given, i, keys, 'given', givenBits, hash.names);
    if (given) record.given = given;
    const family = encodeName(table, table.family, i, keys, 'family', familyBits, hash.names);
    if (family) record.family = family;
    if (year) {
      record.birth = {
        year: hash.birth(`y:${year}`),
        next: hash.birth(`y:${year + 1}`),
        ...(month ? { month: hash.birth(`m:${year}-${month}`) } : {}),
        ...(day ? { day: hash.birth(`d:${year}-${month}-${day}`) } : {}),
        ...(day && day <= 12 && day !== month ? { swapped: hash.birth(`d:${year}-${day}-${month}`) } : {}),
        ...(day
          ? { monthDay: hash.birth(`md:${month}-${day}`), yearDay: hash.birth(`yd:${year}-${day}`) }
          : {}),
      };
    }
    if (table.sex[i]) record.sex = hash.sex(String(table.sex[i]));
    if (table.nationality[i]! >= 0)
      record.nationality = hash.nationality(table.strings[table.nationality[i]!]!);
    yield record;
  }
}
