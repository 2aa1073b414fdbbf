/**
 * Records prepared for linkage: every value normalised once, interned to an integer and laid out in
 * columns of typed arrays, so that comparing two records reads numbers, not strings, and a table can
 * be handed to worker threads as a handful of buffers.
 */
import { toE164 } from '../model/phone.ts';
import { crossOrthographyKey } from '../names/fold.ts';
import { linkageSkeleton, nameKeys } from '../names/keys.ts';
import { type BirthDateParts, parseBirthDate } from './birth-date.ts';
import { nationalityCode } from './nationality.ts';

/** One record as the linkage engine takes it; any field but the id may be empty. */
export interface LinkRecord {
  id: string;
  jurisdiction?: string | null;
  givenNames?: string | null;
  familyNames?: string | null;
  sex?: string | null;
  birthDate?: string | null;
  nationality?: string | null;
  /** One number, or all a person has: two records share a phone when any one agrees. */
  phone?: string | readonly string[] | null;
  documentNumber?: string | readonly string[] | null;
}

/** Abbreviations clerks copy from documents, written out: Md and Mohd are Muhammad. */
const ABBREVIATIONS: Record<string, string> = {
  md: 'muhammad',
  mohd: 'muhammad',
  muhd: 'muhammad',
  mhd: 'muhammad',
};

/** Sex as a small number: 0 not known, 1 female, 2 male. */
export const SEX_MISSING = 0;

/** Several values per record: record i's are ids[start[i]] to ids[start[i + 1]]. */
export interface ValueColumn {
  start: Int32Array;
  ids: Int32Array;
}

/** The words of one name field (given or family) of every record. */
export interface NameColumn {
  /** Record i's words are words[start[i]] to words[start[i + 1]]. */
  start: Int32Array;
  /** Each word's cross-orthography form, as an id into the table's strings. */
  words: Int32Array;
  /** Each word's consonant skeleton, as an id. */
  skeletons: Int32Array;
  /** The words joined in their order without spaces ("abdulrahman" for "Abdul Rahman"); -1 if empty. */
  joined: Int32Array;
  /** The skeleton of the joined words: for compounds spelt differently and split differently. */
  joinedSkeleton: Int32Array;
  /** The words sorted and joined with spaces (order-insensitive); -1 if empty. */
  sorted: Int32Array;
  /** The skeletons sorted and joined; -1 if empty. */
  skeletonSorted: Int32Array;
  /**
   * Term-frequency adjustment for an exact agreement on this record's name, in bits: positive for
   * rare names, negative for common ones (log2 of the average agreeing frequency over this name's).
   */
  frequency: Float32Array;
  /** The same for a near or phonetic agreement, from how common the name's skeleton is. */
  skeletonFrequency: Float32Array;
}

export interface LinkTable {
  size: number;
  ids: string[];
  jurisdictions: string[];
  /** Every distinct normalised string, indexed by id. */
  strings: string[];
  given: NameColumn;
  family: NameColumn;
  birthYear: Int16Array;
  /** 0 when only the year is known, or when the date is a 1 January default. */
  birthMonth: Uint8Array;
  birthDay: Uint8Array;
  sex: Uint8Array;
  /** Id of the ISO 3166 code, -1 if unknown. */
  nationality: Int32Array;
  /** Ids of each record's E.164 numbers (or bare digits when one does not parse). */
  phones: ValueColumn;
  /**
   * Term-frequency adjustment of agreeing on each of phones.ids, in bits: a phone given on many
   * records (a travelling group's, a family's) says less than one given by one person.
   */
  phoneFrequency: Float32Array;
  /** Ids of each record's document numbers, upper-cased without separators. */
  documents: ValueColumn;
}

interface WordKey {
  cross: string;
  crossId: number;
  skeleton: string;
  skeletonId: number;
}

interface NameParts {
  words: number[];
  skeletons: number[];
  joined: number;
  joinedSkeleton: number;
  sorted: number;
  skeletonSorted: number;
}

const NO_NAME: NameParts = {
  words: [],
  skeletons: [],
  joined: -1,
  joinedSkeleton: -1,
  sorted: -1,
  skeletonSorted: -1,
};

/** Sex as written in the region's languages and scripts: F/Ž/Ж/female/ženski/femër, M/М/male/muški/mashkull. */
export function sexCode(text: string | null | undefined): number {
  if (!text) return SEX_MISSING;
  const first = crossOrthographyKey(text).charAt(0);
  if (first === 'f' || first === 'z') return 1;
  if (first === 'm') return 2;
  return SEX_MISSING;
}

/** A document number as compared: upper-case letters and digits only. */
export function documentKey(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A phone number as compared: E.164 with the jurisdiction's country as default, else its digits. */
export function phoneKey(text: string | null | undefined, jurisdiction: string | null | undefined): string {
  if (!text || text.trim() === '') return '';
  // 00 is the international prefix everywhere in the region.
  const international = text.trim().replace(/^00/, '+');
  // A number in international form needs no parsing: E.164 is its digits after a plus.
  if (international.startsWith('+') && /^\+[\d\s()./-]+$/.test(international)) {
    const digits = international.replace(/\D+/g, '');
    if (digits.length >= 8 && digits.length <= 15) return `+${digits}`;
  }
  const parsed = toE164(international, jurisdiction);
  if (parsed.ok) return parsed.e164;
  return text.replace(/\D+/g, '');
}

class Growable {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

class NameColumnBuilder {
  start = new Growable();
  words = new Growable();
  skeletons = new Growable();
  joined = new Growable();
  joinedSkeleton = new Growable();
  sorted = new Growable();
  skeletonSorted = new Growable();
  constructor() {
    this.start.push(0);
  }
  add(parts: NameParts) {
    for (let w = 0; w < parts.words.length; w++) {
      this.words.push(parts.words[w]!);
      this.skeletons.push(parts.skeletons[w]!);
    }
    this.start.push(this.words.length);
    this.joined.push(parts.joined);
    this.joinedSkeleton.push(parts.joinedSkeleton);
    this.sorted.push(parts.sorted);
    this.skeletonSorted.push(parts.skeletonSorted);
  }
  done(strings: number): NameColumn {
    const sorted = this.sorted.done();
    const skeletonSorted = this.skeletonSorted.done();
    return {
      start: this.start.done(),
      words: this.words.done(),
      skeletons: this.skeletons.done(),
      joined: this.joined.done(),
      joinedSkeleton: this.joinedSkeleton.done(),
      sorted,
      skeletonSorted,
      frequency: frequencyAdjustments(sorted, strings),
      skeletonFrequency: frequencyAdjustments(skeletonSorted, strings),
    };
  }
}

/**
 * Term-frequency adjustment per record: an exact agreement on a name shared by a share f of records
 * is worth log2(E[f] / f) bits more than an average agreement, where E[f] = Σf² / Σf is the share of
 * the value a random agreeing pair has. Bounded to ±4 bits so that one very rare spelling cannot
 * outweigh the other fields alone.
 */
export function frequencyAdjustments(values: Int32Array, strings: number): Float32Array {
  const counts = new Int32Array(strings);
  let known = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! >= 0) {
      counts[values[i]!]!++;
      known++;
    }
  }
  let sumSquares = 0;
  for (let v = 0; v < counts.length; v++) sumSquares += (counts[v]! / known) * (counts[v]! / known);
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 0) continue;
    const adjustment = Math.log2(sumSquares / (counts[v]! / known));
    out[i] = Math.max(-4, Math.min(4, adjustment));
  }
  return out;
}

/** Term-frequency adjustments (as frequencyAdjustments) of each value of a multi-valued column. */
export function valueFrequencies(column: ValueColumn, strings: number): Float32Array {
  return frequencyAdjustments(column.ids, strings);
}

/** Builds a LinkTable one record at a time, normalising each distinct value once. */
export class LinkTableBuilder {
  private readonly stringIds = new Map<string, number>();
  private readonly strings: string[] = [];
  private readonly nameCache = new Map<string, NameParts>();
  private readonly wordCache = new Map<string, WordKey[]>();
  private readonly sexCache = new Map<string, number>();
  private readonly birthCache = new Map<string, BirthDateParts>();
  private readonly nationalityCache = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly jurisdictions: string[] = [];
  private readonly given = new NameColumnBuilder();
  private readonly family = new NameColumnBuilder();
  private readonly birthYear = new Growable();
  private readonly birthMonth = new Growable();
  private readonly birthDay = new Growable();
  private readonly sex = new Growable();
  private readonly nationality = new Growable();
  private readonly phoneStart = new Growable();
  private readonly phoneIds = new Growable();
  private readonly documentStart = new Growable();
  private readonly documentIds = new Growable();

  get size(): number {
    return this.ids.length;
  }

  intern(value: string): number {
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.stringIds.set(value, id);
    }
    return id;
  }

  /** The keys of each word of a name; words repeat far more than whole names, so each is folded once. */
  private wordsOf(text: string): WordKey[] {
    const out: WordKey[] = [];
    for (const raw of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      if (raw === '') continue;
      let keys = this.wordCache.get(raw);
      if (!keys) {
        keys = nameKeys(raw).map((k) => {
          const cross = ABBREVIATIONS[k.cross] ?? k.cross;
          const skeleton = linkageSkeleton(cross) || cross;
          return { cross, crossId: this.intern(cross), skeletonId: this.intern(skeleton), skeleton };
        });
        this.wordCache.set(raw, keys);
      }
      for (const key of keys) out.push(key);
    }
    return out;
  }

  private nameParts(text: string | null | undefined): NameParts {
    if (!text) return NO_NAME;
    const lower = text.toLowerCase();
    let parts = this.nameCache.get(lower);
    if (parts) return parts;
    const keys = this.wordsOf(lower);
    if (keys.length === 0) parts = NO_NAME;
    else {
      const joined = keys.map((k) => k.cross).join('');
      parts = {
        words: keys.map((k) => k.crossId),
        skeletons: keys.map((k) => k.skeletonId),
        joined: this.intern(joined),
        joinedSkeleton:
          keys.length === 1 ? keys[0]!.skeletonId : this.intern(linkageSkeleton(joined) || joined),
        sorted: this.intern(
          keys
            .map((k) => k.cross)
            .sort()
            .join(' '),
        ),
        skeletonSorted: this.intern(
          keys
            .map((k) => k.skeleton)
            .sort()
            .join(' '),
        ),
      };
    }
    this.nameCache.set(lower, parts);
    return parts;
  }

  private birthOf(text: string | null | undefined): BirthDateParts {
    if (!text) return parseBirthDate(text);
    let parts = this.birthCache.get(text);
    if (!parts) {
      parts = parseBirthDate(text);
      this.birthCache.set(text, parts);
    }
    return parts;
  }

  private sexOf(text: string | null | undefined): number {
    if (!text) return SEX_MISSING;
    let code = this.sexCache.get(text);
    if (code === undefined) {
      code = sexCode(text);
      this.sexCache.set(text, code);
    }
    return code;
  }

  private nationalityId(text: string | null | undefined): number {
    if (!text) return -1;
    let id = this.nationalityCache.get(text);
    if (id === undefined) {
      const code = nationalityCode(text);
      id = code ? this.intern(code) : -1;
      this.nationalityCache.set(text, id);
    }
    return id;
  }

  add(record: LinkRecord): number {
    const index = this.ids.length;
    this.ids.push(record.id);
    this.jurisdictions.push(record.jurisdiction ?? '');
    this.given.add(this.nameParts(record.givenNames));
    this.family.add(this.nameParts(record.familyNames));
    const birth = this.birthOf(record.birthDate);
    this.birthYear.push(birth.year);
    this.birthMonth.push(birth.month);
    this.birthDay.push(birth.day);
    this.sex.push(this.sexOf(record.sex));
    this.nationality.push(this.nationalityId(record.nationality));
    if (index === 0) {
      this.phoneStart.push(0);
      this.documentStart.push(0);
    }
    const keys = (
      value: string | readonly string[] | null | undefined,
      key: (text: string) => string,
      ids: Growable,
    ) => {
      const seen = new Set<number>();
      for (const text of typeof value === 'string' ? [value] : (value ?? [])) {
        const k = key(text);
        if (!k) continue;
        const id = this.intern(k);
        if (seen.has(id)) continue;
        seen.add(id);
        ids.push(id);
      }
    };
    keys(record.phone, (text) => phoneKey(text, record.jurisdiction), this.phoneIds);
    this.phoneStart.push(this.phoneIds.length);
    keys(record.documentNumber, documentKey, this.documentIds);
    this.documentStart.push(this.documentIds.length);
    return index;
  }

  build(): LinkTable {
    const n = this.ids.length;
    const phones = { start: n === 0 ? new Int32Array(1) : this.phoneStart.done(), ids: this.phoneIds.done() };
    return {
      size: n,
      ids: this.ids,
      jurisdictions: this.jurisdictions,
      strings: this.strings,
      given: this.given.done(this.strings.length),
      family: this.family.done(this.strings.length),
      birthYear: Int16Array.from(this.birthYear.done()),
      birthMonth: Uint8Array.from(this.birthMonth.done()),
      birthDay: Uint8Array.from(this.birthDay.done()),
      sex: Uint8Array.from(this.sex.done()),
      nationality: this.nationality.done(),
      phones,
      phoneFrequency: valueFrequencies(phones, this.strings.length),
      documents: {
        start: n === 0 ? new Int32Array(1) : this.documentStart.done(),
        ids: this.documentIds.done(),
      },
    };
  }
}

/** A LinkTable from records in memory. */
export function prepareRecords(records: Iterable<LinkRecord>): LinkTable {
  const builder = new LinkTableBuilder();
  for (const record of records) builder.add(record);
  return builder.build();
}
