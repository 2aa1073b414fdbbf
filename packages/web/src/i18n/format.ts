/**
 * Dates, numbers and names of languages in the interface's language, from the locale data Veza
 * carries (locale-data.ts, made from CLDR), never from the browser's: Debian's Chromium, for one,
 * has no Macedonian or Albanian data and would write "2026 M12 2".
 */
import type { InterfaceLocale } from '@veza/core';
import { LOCALE_DATA } from './locale-data.ts';

type Data = (typeof LOCALE_DATA)[keyof typeof LOCALE_DATA];

function data(locale: string): Data {
  return (LOCALE_DATA as Record<string, Data>)[locale] ?? LOCALE_DATA.en;
}

const two = (n: number) => String(n).padStart(2, '0');

function fill(pattern: string, date: Date, locale: string): string {
  const d = data(locale);
  const parts: Record<string, string> = {
    day: String(date.getDate()),
    month: d.months[date.getMonth()]!,
    year: String(date.getFullYear()),
    hour: two(date.getHours()),
    minute: two(date.getMinutes()),
    second: two(date.getSeconds()),
  };
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => parts[key] ?? '');
}

/** A moment, in the reader's time zone: "2 dhj 2026, 17:21", "2. dec 2026. 17:21". */
export function formatDateTime(value: string | Date, locale: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return fill(data(locale).dateTime, date, locale);
}

/** A moment with its seconds, for the audit log. */
export function formatDateTimeSeconds(value: string | Date, locale: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return `${fill(data(locale).dateTime, date, locale)}:${two(date.getSeconds())}`;
}

/**
 * A calendar date as Veza stores it (YYYY, YYYY-MM or YYYY-MM-DD), in words: a year stays a year,
 * a year and month reads "dec 2026", a full date "2. dec 2026.". No time zone shifts the day.
 */
export function formatCalendarDate(value: string, locale: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const d = data(locale);
  if (!m[2]) return m[1]!;
  const month = d.months[Number(m[2]) - 1] ?? m[2];
  if (!m[3]) return `${month} ${m[1]}`;
  return fill(d.date, new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), locale);
}

/** A number with the language's separators: 12.345,6 or 12,345.6. */
export function formatNumber(
  value: number,
  locale: string,
  options: { fractionDigits?: number; sign?: boolean; percent?: boolean } = {},
): string {
  const d = data(locale);
  const scaled = options.percent ? value * 100 : value;
  const digits = options.fractionDigits ?? 1;
  const rounded =
    Math.abs(scaled)
      .toFixed(digits)
      .replace(/\.?0+$/, '') || '0';
  const [whole, fraction] = rounded.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, d.group);
  const sign = scaled < 0 && Number(rounded) !== 0 ? '−' : options.sign && Number(rounded) !== 0 ? '+' : '';
  const number = `${sign}${grouped}${fraction ? d.decimal + fraction : ''}`;
  return options.percent ? d.percent.replace('{n}', number) : number;
}

/** A language's name in the interface language (the code when Veza has no name for it). */
export function languageName(code: string, locale: string): string {
  const names = data(locale).languages as Record<string, string>;
  return names[code] ?? (LOCALE_DATA.en.languages as Record<string, string>)[code] ?? code;
}

/** A weekday's short name, ISO numbering (1 Monday … 7 Sunday). */
export function weekdayName(isoDay: number, locale: string): string {
  return data(locale).weekdays[(isoDay - 1) % 7] ?? String(isoDay);
}

export type { InterfaceLocale };
