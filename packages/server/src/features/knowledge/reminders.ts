/**
 * Reminders of action points: a week before the due date, on the day, the day after it passed and
 * every week it stays overdue (core's remindersDue), to the users of the owner's agency and to
 * whoever set the point, in the app. The round runs every half minute; the event key keeps each
 * reminder to once, and a round after days of downtime sends only the latest reminder that applies.
 */
import { type ActionStatus, regionToday, remindersDue } from '@veza/core';
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { actionPoints, notifications, users } from '../../db/schema.ts';

export async function sendActionReminders(database: Database, now: Date): Promise<number> {
  const today = regionToday(now);
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  return asSystem(database, async (tx) => {
    const due = await tx
      .select()
      .from(actionPoints)
      .where(and(inArray(actionPoints.status, ['open', 'in_progress']), lte(actionPoints.dueOn, horizon)));
    let sent = 0;
    for (const point of due) {
      const reminder = remindersDue(point.status as ActionStatus, point.dueOn, today);
      if (!reminder) continue;
      const agencyUsers = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.agencyId, point.ownerAgencyId), isNull(users.disabledAt)));
      const people = [...new Set([...agencyUsers.map((u) => u.id), ...(point.setBy ? [point.setBy] : [])])];
      if (people.length === 0) continue;
      const inserted = await tx
        .insert(notifications)
        .values(
          people.map((userId) => ({
            userId,
            jurisdiction: point.jurisdiction,
            kind: reminder.kind,
            actionPointId: point.id,
            eventKey: `action:${point.id}:${reminder.key}`,
            urgent: reminder.kind === 'action_overdue',
            createdAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: notifications.id });
      sent += inserted.length;
    }
    return sent;
  });
}
