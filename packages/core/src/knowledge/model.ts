/**
 * Knowledge exchange: practices and case briefs, regional meetings, and the action points that
 * follow them. The vocabularies and the rules the server and the web app share: how a practice is
 * tagged, when an action point is due soon or overdue, which reminders are due on a day, and a
 * follow-up's counts.
 */
import { z } from 'zod';
import type { EXPLOITATION_TYPES, MODUS_OPERANDI } from '../model/case.ts';

/** What a record of the knowledge base is: a practice, a case brief (SHERLOC's template), a lesson learned. */
export const PRACTICE_KINDS = ['practice', 'brief', 'lesson'] as const;
export const PracticeKind = z.enum(PRACTICE_KINDS);
export type PracticeKind = z.infer<typeof PracticeKind>;

/** The four Ps of anti-trafficking work (prevention, protection, prosecution, partnership). */
export const PILLARS = ['prevention', 'protection', 'prosecution', 'partnership'] as const;
export const Pillar = z.enum(PILLARS);
export type Pillar = z.infer<typeof Pillar>;

export const CRIMES = ['smuggling', 'trafficking'] as const;
export const Crime = z.enum(CRIMES);
export type Crime = z.infer<typeof Crime>;

/** A case brief's sections, after SHERLOC's legal-brief template. */
export const BRIEF_SECTIONS = ['facts', 'background', 'successes', 'challenges', 'lessons'] as const;
export type BriefSection = (typeof BRIEF_SECTIONS)[number];

export const PRACTICE_STATUSES = ['draft', 'published'] as const;
export const PracticeStatus = z.enum(PRACTICE_STATUSES);
export type PracticeStatus = z.infer<typeof PracticeStatus>;

/** A practice's tags, each from its own list; stored as one list of `group:value` for one index. */
export interface PracticeTags {
  pillars: Pillar[];
  crimes: Crime[];
  exploitation: (typeof EXPLOITATION_TYPES)[number][];
  modusOperandi: (typeof MODUS_OPERANDI)[number][];
  keywords: string[];
}

const TAG_GROUPS = ['pillars', 'crimes', 'exploitation', 'modusOperandi', 'keywords'] as const;

/** The stored form of tags: `pillars:prevention`, `keywords:…` (keywords folded by the caller). */
export function flattenTags(tags: Partial<PracticeTags>): string[] {
  return TAG_GROUPS.flatMap((group) => (tags[group] ?? []).map((value) => `${group}:${value}`));
}

export function groupTags(stored: readonly string[]): PracticeTags {
  const tags: PracticeTags = { pillars: [], crimes: [], exploitation: [], modusOperandi: [], keywords: [] };
  for (const tag of stored) {
    const at = tag.indexOf(':');
    const group = tag.slice(0, at) as (typeof TAG_GROUPS)[number];
    if (TAG_GROUPS.includes(group)) (tags[group] as string[]).push(tag.slice(at + 1));
  }
  return tags;
}

/** Who takes part in a meeting, and how far: asked, said they come, were there (or said they do not). */
export const PARTICIPATION = ['invited', 'confirmed', 'declined', 'attended'] as const;
export const Participation = z.enum(PARTICIPATION);
export type Participation = z.infer<typeof Participation>;

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** Minutes: none yet, a draft the organiser may still change, approved (then frozen). */
export const MINUTES_STATUSES = ['none', 'draft', 'approved'] as const;
export const MinutesStatus = z.enum(MINUTES_STATUSES);
export type MinutesStatus = z.infer<typeof MinutesStatus>;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** Where an action point stands on a day, for the follow-up page: done and cancelled are closed. */
export const ACTION_STANDINGS = ['open', 'due_soon', 'overdue', 'done', 'cancelled'] as const;
export type ActionStanding = (typeof ACTION_STANDINGS)[number];

/** Due within this many days (the due day included) is "due soon". */
export const DUE_SOON_DAYS = 14;

/** The region's day (all six jurisdictions keep Central European time): what "today" means for a due date. */
export function regionToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(now);
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** Days from today to the due date: 0 on the day, negative once past. */
export function daysUntil(dueOn: string, today: string): number {
  return dayNumber(dueOn) - dayNumber(today);
}

export function actionStanding(status: ActionStatus, dueOn: string, today: string): ActionStanding {
  if (status === 'done' || status === 'cancelled') return status;
  const days = daysUntil(dueOn, today);
  if (days < 0) return 'overdue';
  return days < DUE_SOON_DAYS ? 'due_soon' : 'open';
}

/**
 * The reminders of an open action point due on a day, each with the key that keeps it to once:
 * a week before, on the due date, the day after it passed, and every week it stays overdue.
 * A round that missed days (the server was down) sends only the latest reminder that applies.
 */
export function remindersDue(
  status: ActionStatus,
  dueOn: string,
  today: string,
): { kind: 'action_due_in_7' | 'action_due_today' | 'action_overdue'; key: string } | null {
  if (status === 'done' || status === 'cancelled') return null;
  const days = daysUntil(dueOn, today);
  if (days > 7) return null;
  if (days > 0) return { kind: 'action_due_in_7', key: `due-in-7:${dueOn}` };
  if (days === 0) return { kind: 'action_due_today', key: `due-today:${dueOn}` };
  const week = Math.floor((-days - 1) / 7);
  return { kind: 'action_overdue', key: `overdue:${dueOn}:${week}` };
}

export interface FollowUpCounts {
  total: number;
  open: number;
  dueSoon: number;
  overdue: number;
  done: number;
  cancelled: number;
  /** Done among those not cancelled, 0 to 1; null when there are none. */
  shareDone: number | null;
}

/** The follow-up's counts of a set of action points on a day. */
export function followUpCounts(
  points: readonly { status: ActionStatus; dueOn: string }[],
  today: string,
): FollowUpCounts {
  const counts = { total: points.length, open: 0, dueSoon: 0, overdue: 0, done: 0, cancelled: 0 };
  for (const p of points) {
    const standing = actionStanding(p.status, p.dueOn, today);
    if (standing === 'due_soon') counts.dueSoon++;
    else counts[standing]++;
  }
  const counted = counts.total - counts.cancelled;
  return { ...counts, shareDone: counted === 0 ? null : counts.done / counted };
}
