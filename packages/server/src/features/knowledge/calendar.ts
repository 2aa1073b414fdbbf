/**
 * One's meetings and deadlines as an iCalendar feed (RFC 5545, written by ical-generator) that a
 * calendar application subscribes to. A calendar cannot sign in, so the feed's address carries a
 * secret token: only its SHA-256 is stored, issuing a new one revokes the old, and the feed is
 * built under the user's own access, as if they had asked. What it holds: the meetings the user
 * organises or their agency takes part in, and the action points their agency owns or they set,
 * as all-day events on the due date; no person's record, and every fetch is audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Jurisdiction, Role } from '@veza/core';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Actor, ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { visibleActionPoints, visibleMeetings } from '../../access/policies/knowledge.ts';
import { recordRead } from '../../access/reads.ts';
import { asSystem, withActor } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { actionPoints, calendarFeeds, meetingParticipants, meetings, users } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const feedPath = (token: string) => `/api/knowledge/calendar/${token}.ics`;

export async function calendarFeedOf(ctx: ActorContext) {
  const [row] = await ctx.tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, ctx.actor.userId));
  // The token itself is not kept: an existing feed's address was shown once, when it was issued.
  return { url: null, createdAt: row?.createdAt.toISOString() ?? null };
}

/** A new secret address for the user's feed (the previous one stops working). */
export async function issueCalendarFeed(ctx: ActorContext, origin: string) {
  const token = randomBytes(32).toString('base64url');
  await ctx.tx
    .insert(calendarFeeds)
    .values({ userId: ctx.actor.userId, tokenHash: hashOf(token), createdAt: ctx.now })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash: hashOf(token), createdAt: ctx.now },
    });
  await recordChange(ctx, 'settings', 'calendar_feed', ctx.actor.userId, { issued: true });
  return { url: `${origin}${feedPath(token)}`, createdAt: ctx.now.toISOString() };
}

export async function revokeCalendarFeed(ctx: ActorContext) {
  await ctx.tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, ctx.actor.userId));
  await recordChange(ctx, 'settings', 'calendar_feed', ctx.actor.userId, { revoked: true });
}

/** The user a feed token belongs to, if it is current and the account enabled. */
async function feedOwner(database: Database, token: string): Promise<Actor | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return asSystem(database, async (tx) => {
    const [row] = await tx
      .select({ user: users })
      .from(calendarFeeds)
      .innerJoin(users, eq(users.id, calendarFeeds.userId))
      .where(and(eq(calendarFeeds.tokenHash, hashOf(token)), isNull(users.disabledAt)));
    if (!row) return null;
    return {
      userId: row.user.id,
      username: row.user.username,
      jurisdiction: row.user.jurisdiction as Jurisdiction,
      agencyId: row.user.agencyId,
      roles: row.user.roles as Role[],
    };
  });
}

/** The feed for a token, or a 404 that says nothing of why. */
export async function calendarFeed(
  database: Database,
  token: string,
  options: { now: Date; origin: string; address: string | null },
): Promise<string> {
  const actor = await feedOwner(database, token);
  if (!actor) throw new AppError('not_found', 'no such calendar feed');
  return withActor(
    database,
    actor,
    async (ctx) => {
      const mine = await ctx.tx
        .select()
        .from(meetings)
        .where(
          and(
            visibleMeetings(actor),
            or(
              eq(meetings.organiserId, actor.userId),
              eq(meetings.organiserAgencyId, actor.agencyId),
              inArray(
                meetings.id,
                ctx.tx
                  .select({ id: meetingParticipants.meetingId })
                  .from(meetingParticipants)
                  .where(eq(meetingParticipants.agencyId, actor.agencyId)),
              ),
            ),
          ),
        );
      const deadlines = await ctx.tx
        .select()
        .from(actionPoints)
        .where(
          and(
            visibleActionPoints(actor),
            or(eq(actionPoints.ownerAgencyId, actor.agencyId), eq(actionPoints.setBy, actor.userId)),
            sql`${actionPoints.status} <> 'cancelled'`,
          ),
        );
      const calendar = ical({
        name: 'Veza: meetings and deadlines',
        prodId: { company: 'Veza', product: 'knowledge-exchange', language: 'EN' },
        method: ICalCalendarMethod.PUBLISH,
        ttl: 60 * 60,
      });
      for (const m of mine) {
        calendar.createEvent({
          id: `meeting-${m.id}@veza`,
          start: m.startsAt,
          end: m.endsAt ?? new Date(m.startsAt.getTime() + 2 * 3_600_000),
          summary: m.title,
          location: m.place,
          description: `${m.organiserAgencyName}\n${options.origin}/knowledge/meetings/${m.id}`,
          url: `${options.origin}/knowledge/meetings/${m.id}`,
          status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
          stamp: m.updatedAt,
          lastModified: m.updatedAt,
          sequence: m.version,
        });
      }
      for (const a of deadlines) {
        const due = new Date(`${a.dueOn}T00:00:00Z`);
        calendar.createEvent({
          id: `action-${a.id}@veza`,
          start: due,
          end: new Date(due.getTime() + 86_400_000),
          allDay: true,
          timezone: 'UTC',
          summary: `${a.status === 'done' ? '✓ ' : ''}Due: ${a.title}`,
          description: `${a.ownerName}, ${a.ownerAgencyName}\n${options.origin}/knowledge/follow-up?action=${a.id}`,
          url: `${options.origin}/knowledge/follow-up?action=${a.id}`,
          stamp: a.updatedAt,
          lastModified: a.updatedAt,
          sequence: a.version,
        });
      }
      await recordRead(ctx, {
        recordType: 'calendar_feed',
        recordId: actor.userId,
        details: { meetings: mine.length, deadlines: deadlines.length },
      });
      return calendar.toString();
    },
    { now: options.now, address: options.address },
  );
}
