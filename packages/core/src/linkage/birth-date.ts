/**
 * Comparison levels of two birth dates as people on the move report them: partial dates, the
 * 1 January that registrations fill in for a guessed year, day and month swapped, a year off by one.
 */
import { isFirstOfJanuary, precisionOf } from '../model/partial-date.ts';

export type BirthDateLevel =
  | 'exact'
  | 'day_month_swapped'
  | 'same_year_month'
  | 'same_year'
  | 'year_off_by_one'
  | 'different'
  | 'missing';

export function compareBirthDates(
  a: string | null | undefined,
  b: string | null | undefined,
): BirthDateLevel {
  if (!a || !b) return 'missing';
  const pa = precisionOf(a);
  const pb = precisionOf(b);
  if (!pa || !pb) return 'missing';
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  // A 1 January filled in for a guessed year says no more than the year.
  const fullA = pa === 'day' && !isFirstOfJanuary(a);
  const fullB = pb === 'day' && !isFirstOfJanuary(b);
  if (fullA && fullB && a === b) return 'exact';
  if (ya === yb) {
    if (fullA && fullB) {
      const [, ma, da] = a.split('-');
      const [, mb, db] = b.split('-');
      if (ma === db && da === mb) return 'day_month_swapped';
      return ma === mb ? 'same_year_month' : 'different';
    }
    const monthA = pa !== 'year' && !isFirstOfJanuary(a) ? a.slice(5, 7) : null;
    const monthB = pb !== 'year' && !isFirstOfJanuary(b) ? b.slice(5, 7) : null;
    if (monthA && monthB) return monthA === monthB ? 'same_year_month' : 'different';
    return 'same_year';
  }
  return Math.abs(ya - yb) === 1 ? 'year_off_by_one' : 'different';
}
