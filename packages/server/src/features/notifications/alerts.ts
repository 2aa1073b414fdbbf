/**
 * Urgent alerts: an urgent request to a contact point that answers around the clock notifies its
 * agency again at each interval until a named person acknowledges it.
 */
import { and, eq, lte } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { requests } from '../../db/schema.ts';
import { notify } from './notify.ts';

export async function repeatUrgentAlerts(database: Database, now: Date, intervalMs: number): Promise<number> {
  const due = new Date(now.getTime() - intervalMs);
  return asSystem(database, async (tx) => {
    const waiting = await tx
      .select()
      .from(requests)
      .where(
        and(
          eq(requests.priority, 'urgent'),
          eq(requests.toAlwaysAvailable, true),
          eq(requests.status, 'sent'),
          lte(requests.lastAlertAt, due),
        ),
      );
    for (const request of waiting) {
      const repeat = request.alertCount + 1;
      await notify({ tx }, request, 'to', 'urgent_alert', `${request.id}:alert:${repeat}`);
      await tx
        .update(requests)
        .set({ alertCount: repeat, lastAlertAt: now })
        .where(eq(requests.id, request.id));
    }
    return waiting.length;
  });
}
