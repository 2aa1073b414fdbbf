/**
 * The protection alerts round. Reflection alerts: 7 and 2 days before a recovery and reflection
 * period ends, the case's caseworker and supervisor are told (in the app), once each. Follow-up
 * alerts: a service referral still proposed or accepted past its follow-up date tells whoever made
 * it and the case's caseworker, once per follow-up date (a follow-up is never left to memory). The
 * background round runs every half minute, so an alert arrives within a minute of becoming due;
 * the event key keeps each to once.
 */
import { reflectionAlertsDue } from '@veza/core';
import { and, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { notifications, protectionCases, protectionServiceReferrals } from '../../db/schema.ts';
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

export async function sendFollowUpAlerts(database: Database, now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  return asSystem(database, async (tx) => {
    const overdue = await tx
      .select({ r: protectionServiceReferrals, ownerId: protectionCases.ownerId })
      .from(protectionServiceReferrals)
      .innerJoin(protectionCases, eq(protectionCases.id, protectionServiceReferrals.caseId))
      .where(
        and(
          inArray(protectionServiceReferrals.status, ['proposed', 'accepted']),
          lt(protectionServiceReferrals.followUpOn, today),
          eq(protectionCases.status, 'open'),
        ),
      );
    let sent = 0;
    for (const { r, ownerId } of overdue) {
      const people = [...new Set([ownerId, ...(r.createdBy ? [r.createdBy] : [])])];
      const inserted = await tx
        .insert(notifications)
        .values(
          people.map((userId) => ({
            userId,
            jurisdiction: r.jurisdiction,
            kind: 'service_follow_up_overdue',
            protectionCaseId: r.caseId,
            eventKey: `follow-up:${r.id}:${r.followUpOn}`,
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

/** One round of both kinds of alert. */
export async function sendProtectionAlerts(database: Database, now: Date): Promise<number> {
  return (await sendReflectionAlerts(database, now)) + (await sendFollowUpAlerts(database, now));
}
