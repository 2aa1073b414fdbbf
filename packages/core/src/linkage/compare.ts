/**
 * Comparison of two prepared records, field by field, into comparison levels: the pattern that
 * Fellegi–Sunter weighs. Reads only the numbers and interned strings of a LinkTable and allocates
 * nothing per pair.
 */
import { BIRTH_DATE_LEVELS, birthDateLevel, DATE_FULL_DIFFER } from './birth-date.ts';
import type { FieldLevels } from './fellegi-sunter.ts';
import { jaroWinkler } from './jaro-winkler.ts';
import type { LinkTable, NameColumn, ValueColumn } from './record.ts';

export const NAME_LEVELS = [
  'exact',
  'near',
  'phonetic',
  'similar',
  'partial',
  'different',
  'missing',
] as const;
export type NameLevel = (typeof NAME_LEVELS)[number];
export const NAME_EXACT = 0;
export const NAME_NEAR = 1;
export const NAME_PHONETIC = 2;
export const NAME_SIMILAR = 3;
export const NAME_PARTIAL = 4;
export const NAME_DIFFERENT = 5;
export const NAME_MISSING = 6;

/** The fields compared, in pattern order, with the names of their levels. */
export const LINK_FIELDS = [
  { field: 'given_names', levels: NAME_LEVELS },
  { field: 'family_names', levels: NAME_LEVELS },
  { field: 'birth_date', levels: BIRTH_DATE_LEVELS },
  { field: 'sex', levels: ['same', 'different', 'missing'] },
  { field: 'nationality', levels: ['same', 'different', 'missing'] },
  { field: 'phone', levels: ['same', 'different', 'missing'] },
  { field: 'document_number', levels: ['exact', 'near', 'different', 'missing'] },
] as const;
export type LinkField = (typeof LINK_FIELDS)[number]['field'];

export const FIELD_LEVELS: readonly FieldLevels[] = LINK_FIELDS.map((f) => ({
  levels: f.levels.length,
  missing: (f.levels as readonly string[]).indexOf('missing'),
}));

const [R0, R1, R2, R3, R4, R5] = FIELD_LEVELS.map((f) => f.levels) as [
  number,
  number,
  number,
  number,
  number,
  number,
];

/** Where compareRecords writes whether given and family names matched the other way round. */
export const SWAPPED = LINK_FIELDS.length;
/** A buffer for compareRecords: one level per field, then the swapped flag. */
export function levelBuffer(): Uint8Array {
  return new Uint8Array(LINK_FIELDS.length + 1);
}

/** Jaro–Winkler similarity from which two names count as near, and as similar. */
export const NEAR_SIMILARITY = 0.92;
export const SIMILAR_SIMILARITY = 0.8;

/**
 * Whether one word is the other name's words written together, phonetically: each word's skeleton
 * (without a leading-vowel mark) is found in the single word's, and together they make most of it
 * ("Mohammadhusein" and "Hosein Muhammad").
 */
function joinedWords(strings: string[], single: number, parts: Int32Array, p0: number, p1: number): boolean {
  const whole = strings[single]!;
  let covered = 0;
  for (let p = p0; p < p1; p++) {
    let part = strings[parts[p]!]!;
    if (part.length > 1 && part.charCodeAt(0) === 97 /* a */) part = part.slice(1);
    if (part.length === 0 || !whole.includes(part)) return false;
    covered += part.length;
  }
  return covered >= 0.7 * whole.length;
}

/** The level of name column ca of record i against column cb of record j (the same or the other field). */
export function nameLevel(strings: string[], ca: NameColumn, i: number, cb: NameColumn, j: number): number {
  const a0 = ca.start[i]!;
  const a1 = ca.start[i + 1]!;
  const b0 = cb.start[j]!;
  const b1 = cb.start[j + 1]!;
  if (a0 === a1 || b0 === b1) return NAME_MISSING;
  if (ca.sorted[i] === cb.sorted[j] || ca.joined[i] === cb.joined[j]) return NAME_EXACT;
  // Near: the words aligned best to best, order-insensitive, over the longer name; or the names
  // written as one word, for compounds joined on one side and split on the other.
  let shortWords = ca.words;
  let shortSkeletons = ca.skeletons;
  let s0 = a0;
  let s1 = a1;
  let longWords = cb.words;
  let longSkeletons = cb.skeletons;
  let l0 = b0;
  let l1 = b1;
  if (a1 - a0 > b1 - b0) {
    shortWords = cb.words;
    shortSkeletons = cb.skeletons;
    s0 = b0;
    s1 = b1;
    longWords = ca.words;
    longSkeletons = ca.skeletons;
    l0 = a0;
    l1 = a1;
  }
  let total = 0;
  let allFound = true;
  for (let s = s0; s < s1; s++) {
    const word = shortWords[s]!;
    let best = 0;
    let found = false;
    for (let l = l0; l < l1; l++) {
      const other = longWords[l]!;
      const similarity = word === other ? 1 : jaroWinkler(strings[word]!, strings[other]!);
      if (similarity > best) best = similarity;
      if (!found && (similarity >= NEAR_SIMILARITY || shortSkeletons[s] === longSkeletons[l])) found = true;
    }
    total += best;
    if (!found) allFound = false;
  }
  const aligned = total / (l1 - l0);
  if (aligned >= NEAR_SIMILARITY) return NAME_NEAR;
  // Joined, only for names of about the same length: a shared prefix would make any name near its
  // own extension ("Mohammad", "Mohammadali").
  const joinedA = strings[ca.joined[i]!]!;
  const joinedB = strings[cb.joined[j]!]!;
  if (
    (s1 - s0 > 1 || l1 - l0 > 1) &&
    Math.min(joinedA.length, joinedB.length) >= 0.8 * Math.max(joinedA.length, joinedB.length) &&
    jaroWinkler(joinedA, joinedB) >= NEAR_SIMILARITY
  )
    return NAME_NEAR;
  if (
    ca.skeletonSorted[i] === cb.skeletonSorted[j] ||
    ca.joinedSkeleton[i] === cb.joinedSkeleton[j] ||
    (s1 - s0 === 1 && l1 - l0 > 1 && joinedWords(strings, shortSkeletons[s0]!, longSkeletons, l0, l1))
  )
    return NAME_PHONETIC;
  if (aligned >= SIMILAR_SIMILARITY) return NAME_SIMILAR;
  if (allFound) return NAME_PARTIAL;
  return NAME_DIFFERENT;
}

/** Whether two document numbers differ by at most one edit (insertion, deletion, substitution, swap). */
export function oneEditApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la || i === lb) return true;
  if (la === lb) {
    // substitution, or two neighbours swapped
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Phones (or any values compared for equality only): 0 when any value of one is a value of the
 * other, 1 when none is, 2 when either has none.
 */
export function phoneLevel(phones: ValueColumn, i: number, j: number): number {
  const a0 = phones.start[i]!;
  const a1 = phones.start[i + 1]!;
  const b0 = phones.start[j]!;
  const b1 = phones.start[j + 1]!;
  if (a0 === a1 || b0 === b1) return 2;
  for (let a = a0; a < a1; a++) for (let b = b0; b < b1; b++) if (phones.ids[a] === phones.ids[b]) return 0;
  return 1;
}

/** Documents: exact when any number agrees, near when any two are one edit apart. */
function documentLevel(strings: string[], documents: ValueColumn, i: number, j: number): number {
  const a0 = documents.start[i]!;
  const a1 = documents.start[i + 1]!;
  const b0 = documents.start[j]!;
  const b1 = documents.start[j + 1]!;
  if (a0 === a1 || b0 === b1) return 3;
  let level = 2;
  for (let a = a0; a < a1; a++) {
    for (let b = b0; b < b1; b++) {
      const x = documents.ids[a]!;
      const y = documents.ids[b]!;
      if (x === y) return 0;
      if (level === 2 && oneEditApart(strings[x]!, strings[y]!)) level = 1;
    }
  }
  return level;
}

/** 0 the same, 1 different, 2 when either is the missing value. */
export function sameOrNot(a: number, b: number, missing: number): number {
  if (a === missing || b === missing) return 2;
  return a === b ? 0 : 1;
}

/**
 * Compares records i and j into out (one level per field, then the swapped flag) and returns the
 * pattern code. Given and family names are also tried the other way round, for records that wrote
 * them in the other order; the better reading counts.
 */
export function compareRecords(table: LinkTable, i: number, j: number, out: Uint8Array): number {
  const { strings, given, family } = table;
  let g = nameLevel(strings, given, i, given, j);
  let f = nameLevel(strings, family, i, family, j);
  let swapped = 0;
  if (g > NAME_NEAR || f > NAME_NEAR) {
    const gs = nameLevel(strings, given, i, family, j);
    if (gs <= NAME_PHONETIC) {
      const fs = nameLevel(strings, family, i, given, j);
      if (fs <= NAME_PHONETIC && gs + fs < g + f) {
        g = gs;
        f = fs;
        swapped = 1;
      }
    }
  }
  out[0] = g;
  out[1] = f;
  out[2] = birthDateLevel(
    table.birthYear[i]!,
    table.birthMonth[i]!,
    table.birthDay[i]!,
    table.birthYear[j]!,
    table.birthMonth[j]!,
    table.birthDay[j]!,
  );
  out[3] = sameOrNot(table.sex[i]!, table.sex[j]!, 0);
  out[4] = sameOrNot(table.nationality[i]!, table.nationality[j]!, -1);
  out[5] = phoneLevel(table.phones, i, j);
  out[6] = documentLevel(strings, table.documents, i, j);
  out[SWAPPED] = swapped;
  return patternOf(out);
}

/** The pattern code of the levels in out, as patternCode(FIELD_LEVELS, out) computes it, written out for speed. */
export function patternOf(out: Uint8Array): number {
  return (
    out[0]! +
    R0 * (out[1]! + R1 * (out[2]! + R2 * (out[3]! + R3 * (out[4]! + R4 * (out[5]! + R5 * out[6]!)))))
  );
}

/** A name column's frequency adjustments: of each record's name, and of its skeleton. */
export interface NameFrequencies {
  frequency: Float32Array;
  skeletonFrequency: Float32Array;
}

/** The term-frequency adjustment of one name level: exact by the name's frequency, near and phonetic by its skeleton's. */
function nameFrequency(level: number, a: NameFrequencies, i: number, b: NameFrequencies, j: number): number {
  if (level === NAME_EXACT) return (a.frequency[i]! + b.frequency[j]!) / 2;
  if (level === NAME_NEAR || level === NAME_PHONETIC)
    return (a.skeletonFrequency[i]! + b.skeletonFrequency[j]!) / 2;
  return 0;
}

/**
 * The term-frequency adjustment of two records' shared values (phones): that of the rarest value
 * they share, 0 when they share none.
 */
export function sharedValueFrequency(
  column: ValueColumn,
  frequency: Float32Array,
  i: number,
  j: number,
): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let a = column.start[i]!; a < column.start[i + 1]!; a++)
    for (let b = column.start[j]!; b < column.start[j + 1]!; b++)
      if (column.ids[a] === column.ids[b] && frequency[a]! > best) best = frequency[a]!;
  return best === Number.NEGATIVE_INFINITY ? 0 : best;
}

/**
 * How much of the names' frequency adjustment counts when both names and the birth year agree.
 * Two different people with the same names born the same year are seldom a coincidence of common
 * names: they are cousins named after one grandfather, or one family's sons, and these come as
 * often with a rare name as with a common one. Measured against the truth on the generated 100k
 * register: among pairs whose names agree and whose year agrees too, the share that are the same
 * person hardly depends on how common the names are (0.81 with the commonest, 0.90 with the
 * rarest), while with years apart it depends on it strongly. What it does to F1 is in
 * bench/README.md, "Accuracy".
 */
export const NAMESAKE_NAME_FREQUENCY = 0.25;

/** The share of the names' frequency adjustment that counts at these levels (NAMESAKE_NAME_FREQUENCY or all). */
export function nameFrequencyShare(levels: ArrayLike<number>): number {
  return levels[0]! <= NAME_PHONETIC && levels[1]! <= NAME_PHONETIC && levels[2]! <= DATE_FULL_DIFFER
    ? NAMESAKE_NAME_FREQUENCY
    : 1;
}

/**
 * The term-frequency adjustment in bits for the names and the phone that agree in a compared pair,
 * of plain records (frequencyAdjustment) and of encodings (private/match.ts) alike.
 */
export function pairFrequency(
  given: NameFrequencies,
  family: NameFrequencies,
  phones: ValueColumn,
  phoneFrequency: Float32Array,
  i: number,
  j: number,
  levels: Uint8Array,
): number {
  const swapped = levels[SWAPPED] === 1;
  const names =
    nameFrequency(levels[0]!, given, i, swapped ? family : given, j) +
    nameFrequency(levels[1]!, family, i, swapped ? given : family, j);
  return (
    names * nameFrequencyShare(levels) +
    (levels[5] === 0 ? sharedValueFrequency(phones, phoneFrequency, i, j) : 0)
  );
}

/** pairFrequency of two records of a plain table. */
export function frequencyAdjustment(table: LinkTable, i: number, j: number, levels: Uint8Array): number {
  return pairFrequency(table.given, table.family, table.phones, table.phoneFrequency, i, j, levels);
}
