/**
 * Reflection alerts: 7 and 2 days before a recovery and reflection period ends, the case's
 * caseworker and supervisor are told (in the app), once each. The background round runs every half
 * minute, so an alert arrives within a minute of becoming due; the event key keeps it to once.
 */
import { reflectionAlertsDue } from '@veza/core';
import { and, eq, gte, lte } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { notifications, protectionCases } from '../../db/schema.ts';
import { periodOf } from './service.ts';

export async function sendReflectionAlerts(database: Database, now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const horizon = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  return asSystem(database, async (tx) => {
    const ending = await tx
      .select()
      .from(protectionCases)
      .where(
        and(
          eq(protectionCases.status, 'open'),
          gte(protectionCases.reflectionLastDay, today),
          lte(protectionCases.reflectionLastDay, horizon),
        ),
      );
    let sent = 0;
    for (const c of ending) {
      const period = periodOf(c);
      if (!period) continue;
      for (const before of reflectionAlertsDue(period, today)) {
        const people = [c.ownerId, ...(c.supervisorId ? [c.supervisorId] : [])];
        const inserted = await tx
          .insert(notifications)
          .values(
            people.map((userId) => ({
              userId,
              jurisdiction: c.jurisdiction,
              kind: `reflection_ends_in_${before}`,
              protectionCaseId: c.id,
              eventKey: `reflection:${c.id}:${period.lastDay}:${before}`,
              urgent: before === 2,
              createdAt: now,
            })),
          )
          .onConflictDoNothing()
          .returning({ id: notifications.id });
        sent += inserted.length;
      }
    }
    return sent;
  });
}
