/** How directory values read in the interface's language. */
import type { Availability } from '@veza/core';
import type { TFunction } from 'i18next';
import { intlLocale } from '../../i18n/index.ts';

export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale), 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function weekdayNames(days: number[], locale: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: ISO day d is January d.
  const name = (d: number) => format.format(new Date(Date.UTC(2024, 0, d)));
  const sorted = [...days].sort();
  const isRun = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  return isRun && sorted.length > 2
    ? `${name(sorted[0]!)}–${name(sorted[sorted.length - 1]!)}`
    : sorted.map(name).join(', ');
}

export function availabilityText(availability: Availability, t: TFunction, locale: string): string {
  if (availability.kind === 'always') return t('availability.always');
  return t('availability.hours', {
    days: weekdayNames(availability.days, locale),
    opens: availability.opens,
    closes: availability.closes,
    timeZone: availability.timeZone,
  });
}
