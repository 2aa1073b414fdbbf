/**
 * Dates known only in part, as people on the move report them: a year, a year and month, or a full
 * date; and the 1 January that registrations use when only a year was guessed.
 */
import { z } from 'zod';

export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(value: string): DatePrecision | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return null;
  if (m[2] === undefined) return 'year';
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return 'month';
  const day = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? 'day' : null;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", each part valid. */
export const PartialDate = z
  .string()
  .trim()
  .refine((v) => precisionOf(v) !== null, {
    message: 'a date as YYYY-MM-DD, YYYY-MM or YYYY',
    params: { key: 'date' },
  });
export type PartialDate = z.infer<typeof PartialDate>;

/** A full date, YYYY-MM-DD. */
export const FullDate = z
  .string()
  .trim()
  .refine((v) => precisionOf(v) === 'day', { message: 'a date as YYYY-MM-DD', params: { key: 'fullDate' } });

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** Whether a full date is 1 January: the default that registration offices fill in for a guessed year. */
export function isFirstOfJanuary(value: string): boolean {
  return precisionOf(value) === 'day' && value.endsWith('-01-01');
}
