/**
 * Comparison levels of two birth dates as people on the move report them: partial dates, the
 * 1 January that registrations fill in for a guessed year, day and month swapped, a year off by one.
 */
import { isFirstOfJanuary, precisionOf } from '../model/partial-date.ts';

export const BIRTH_DATE_LEVELS = [
  'exact',
  'day_month_swapped',
  'one_part_differs',
  'same_year_month',
  'same_year',
  'year_off_by_one',
  'full_dates_differ',
  'different',
  'years_apart',
  'missing',
] as const;

export const DATE_EXACT = 0;
export const DATE_SWAPPED = 1;
/** Two full dates that differ in one part only (the day, the month, or the year by one): a slip. */
export const DATE_ONE_PART = 2;
export const DATE_SAME_YEAR_MONTH = 3;
export const DATE_SAME_YEAR = 4;
export const DATE_YEAR_OFF_BY_ONE = 5;
/**
 * Two full dates, at most a year apart, that differ in day and month and are not each other
 * swapped: two different days of birth, which no slip of the pen explains. Strong evidence of two
 * different people, unlike a partial date that differs.
 */
export const DATE_FULL_DIFFER = 6;
export const DATE_DIFFERENT = 7;
export const DATE_YEARS_APART = 8;
export const DATE_MISSING = 9;

/** Years between two birth dates from which they are no longer "different" but years apart. */
export const YEARS_APART = 5;
export type BirthDateLevel = (typeof BIRTH_DATE_LEVELS)[number];

/** A birth date as numbers: month and day 0 where not known; a 1 January default counts as a year only. */
export interface BirthDateParts {
  year: number;
  month: number;
  day: number;
}

const UNKNOWN: BirthDateParts = { year: 0, month: 0, day: 0 };

export function parseBirthDate(value: string | null | undefined): BirthDateParts {
  if (!value) return UNKNOWN;
  const precision = precisionOf(value);
  if (!precision) return UNKNOWN;
  const year = Number(value.slice(0, 4));
  // A 1 January filled in for a guessed year says no more than the year.
  if (precision === 'year' || isFirstOfJanuary(value)) return { year, month: 0, day: 0 };
  const month = Number(value.slice(5, 7));
  return { year, month, day: precision === 'day' ? Number(value.slice(8, 10)) : 0 };
}

/** The level index (into BIRTH_DATE_LEVELS) of two dates given as numbers; 0 for an unknown part. */
export function birthDateLevel(
  ya: number,
  ma: number,
  da: number,
  yb: number,
  mb: number,
  db: number,
): number {
  if (ya === 0 || yb === 0) return DATE_MISSING;
  const gap = Math.abs(ya - yb);
  if (gap > 1) return gap > YEARS_APART ? DATE_YEARS_APART : DATE_DIFFERENT;
  if (da !== 0 && db !== 0) {
    // Both full dates: how many of year, month and day differ.
    const parts = (gap === 0 ? 0 : 1) + (ma === mb ? 0 : 1) + (da === db ? 0 : 1);
    if (parts === 0) return DATE_EXACT;
    if (gap === 0 && ma === db && da === mb) return DATE_SWAPPED;
    if (parts === 1) return DATE_ONE_PART;
    return DATE_FULL_DIFFER;
  }
  if (gap === 1) return DATE_YEAR_OFF_BY_ONE;
  if (ma !== 0 && mb !== 0) return ma === mb ? DATE_SAME_YEAR_MONTH : DATE_DIFFERENT;
  return DATE_SAME_YEAR;
}

export function compareBirthDates(
  a: string | null | undefined,
  b: string | null | undefined,
): BirthDateLevel {
  const pa = parseBirthDate(a);
  const pb = parseBirthDate(b);
  return BIRTH_DATE_LEVELS[birthDateLevel(pa.year, pa.month, pa.day, pb.year, pb.month, pb.day)]!;
}
