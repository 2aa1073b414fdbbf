/** How directory values read in the interface's language. */
import type { Availability } from '@veza/core';
import type { TFunction } from 'i18next';
import { languageName, weekdayName } from '../../i18n/format.ts';

export { languageName };

function weekdayNames(days: number[], locale: string): string {
  const name = (d: number) => weekdayName(d, locale);
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
