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

/** What is wrong with a date as written: its key names the words the interface shows for it. */
export type DateProblem = 'date' | 'fullDate' | 'not_a_date' | 'too_early' | 'too_late' | 'future';

const DATE_MESSAGES: Record<DateProblem, string> = {
  date: 'a date as YYYY-MM-DD, YYYY-MM or YYYY',
  fullDate: 'a date as YYYY-MM-DD',
  not_a_date: 'not a date of the calendar (check the day and the month)',
  too_early: 'a date before 1900 is not plausible here',
  too_late: 'a date after 2100 is not plausible here',
  future: 'this date cannot be in the future',
};

/** The latest calendar day anywhere on Earth now: a date of today in Skopje or Kabul is never "future". */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The one date rule of the whole application: the form (a year, a year and month, or a full date;
 * or only a full date), a real calendar day, a plausible year (1900 to 2100), and, for what has
 * already happened (births, journeys, events, a case's steps), not after today.
 */
export function dateProblem(
  value: string,
  options: { full?: boolean; past?: boolean; now?: Date } = {},
): DateProblem | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!m || (m[2] !== undefined && m[2].length !== 2) || (m[3] !== undefined && m[3].length !== 2))
    return options.full ? 'fullDate' : 'date';
  if (options.full && m[3] === undefined) return 'fullDate';
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return 'not_a_date';
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'not_a_date';
    }
  }
  if (year < 1900) return 'too_early';
  // The earliest day the value can mean is compared with today: "2026" is not future in 2026.
  if (options.past && value > latestToday(options.now ?? new Date()).slice(0, value.length)) return 'future';
  if (year > 2100) return 'too_late';
  return null;
}

function dateSchema(options: { full?: boolean; past?: boolean }) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = dateProblem(value, options);
      if (problem)
        ctx.addIssue({ code: 'custom', message: DATE_MESSAGES[problem], params: { key: problem } });
    });
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", each part valid; a date that may lie ahead (a document's expiry). */
export const PartialDate = dateSchema({});
export type PartialDate = z.infer<typeof PartialDate>;

/** A partial date of something that has happened: a birth, a journey, an event. */
export const PastPartialDate = dateSchema({ past: true });

/** A full date, YYYY-MM-DD. */
export const FullDate = dateSchema({ full: true });

/** A full date of something that has happened: a case opened, an investigation started. */
export const PastFullDate = dateSchema({ full: true, past: true });

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** Whether a full date is 1 January: the default that registration offices fill in for a guessed year. */
export function isFirstOfJanuary(value: string): boolean {
  return precisionOf(value) === 'day' && value.endsWith('-01-01');
}
