/**
 * Comparison levels of two birth dates as people on the move report them: partial dates, the
 * 1 January that registrations fill in for a guessed year, day and month swapped, a year off by one.
 */
import { isFirstOfJanuary, precisionOf } from '../model/partial-date.ts';

export const BIRTH_DATE_LEVELS = [
  'exact',
  'day_month_swapped',
  'same_year_month',
  'same_year',
  'year_off_by_one',
  'different',
  'years_apart',
  'missing',
] as const;

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
  if (ya === 0 || yb === 0) return 7;
  if (ya !== yb) {
    const gap = Math.abs(ya - yb);
    return gap === 1 ? 4 : gap > YEARS_APART ? 6 : 5;
  }
  if (da !== 0 && db !== 0) {
    if (ma === mb && da === db) return 0;
    if (ma === db && da === mb) return 1;
    return ma === mb ? 2 : 5;
  }
  if (ma !== 0 && mb !== 0) return ma === mb ? 2 : 5;
  return 3;
}

export function compareBirthDates(
  a: string | null | undefined,
  b: string | null | undefined,
): BirthDateLevel {
  const pa = parseBirthDate(a);
  const pb = parseBirthDate(b);
  return BIRTH_DATE_LEVELS[birthDateLevel(pa.year, pa.month, pa.day, pb.year, pb.month, pb.day)]!;
}
