/**
 * The recovery and reflection period (Council of Europe Convention on Action against Trafficking
 * in Human Beings, art. 13): at least 30 days, from the moment there are reasonable grounds to
 * believe the person is a victim, during which no expulsion order may be enforced against them. A
 * jurisdiction may give longer by law; an extension adds days, with its reason.
 */
import { z } from 'zod';
import { addDays, daysBetween } from './calendar.ts';

/** The Convention's minimum. */
export const MINIMUM_REFLECTION_DAYS = 30;

/** Days before the last day when the caseworker and the supervisor are alerted. */
export const REFLECTION_ALERT_DAYS = [7, 2] as const;
export type ReflectionAlert = (typeof REFLECTION_ALERT_DAYS)[number];

export const ReflectionExtension = z.object({
  days: z.number().int().min(1).max(365),
  reason: z.string().trim().min(3).max(2000),
  grantedOn: z.iso.date(),
});
export type ReflectionExtension = z.infer<typeof ReflectionExtension>;

export interface ReflectionPeriod {
  startsOn: string;
  /** The last day protected: the period is `days` days long, `startsOn` counting as the first. */
  lastDay: string;
  days: number;
  /** The jurisdiction's own length, never below the Convention's 30 days. */
  baseDays: number;
  extensions: readonly ReflectionExtension[];
}

/** The period that starts on the day of the reasonable-grounds decision. */
export function reflectionPeriod(
  startsOn: string,
  jurisdictionDays: number,
  extensions: readonly ReflectionExtension[] = [],
): ReflectionPeriod {
  const baseDays = Math.max(MINIMUM_REFLECTION_DAYS, Math.floor(jurisdictionDays));
  const days = baseDays + extensions.reduce((sum, e) => sum + e.days, 0);
  return { startsOn, lastDay: addDays(startsOn, days - 1), days, baseDays, extensions };
}

/** Days left after `today`: 0 on the last day, negative once the period is over. */
export function daysLeft(period: ReflectionPeriod, today: string): number {
  return daysBetween(today, period.lastDay);
}

/** Whether removal is barred today: from the first day to the last, both included. */
export function noRemoval(period: ReflectionPeriod, today: string): boolean {
  return daysBetween(period.startsOn, today) >= 0 && daysLeft(period, today) >= 0;
}

/** The alerts due by `today` (7 and 2 days before the last day), for a period not yet over. */
export function reflectionAlertsDue(period: ReflectionPeriod, today: string): ReflectionAlert[] {
  const left = daysLeft(period, today);
  if (left < 0) return [];
  return REFLECTION_ALERT_DAYS.filter((before) => left <= before);
}
