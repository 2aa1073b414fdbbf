/** A user's notifications: what is waiting for them, the badge's count, and marking them read. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actionPoints, analysisWarnings, notifications, requests } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { NotificationView } from './schema.ts';

export async function listNotifications(ctx: ActorContext, unreadOnly: boolean, limit: number) {
  const rows = await ctx.tx
    .select({
      n: notifications,
      request: {
        id: requests.id,
        subject: requests.subject,
        type: requests.type,
        status: requests.status,
        from: requests.jurisdiction,
      },
      warning: {
        id: analysisWarnings.id,
        jurisdiction: analysisWarnings.jurisdiction,
        kind: analysisWarnings.kind,
        dimension: analysisWarnings.dimension,
        value: analysisWarnings.value,
        week: analysisWarnings.week,
      },
      actionPoint: { id: actionPoints.id, title: actionPoints.title, dueOn: actionPoints.dueOn },
    })
    .from(notifications)
    .leftJoin(requests, eq(requests.id, notifications.requestId))
    .leftJoin(analysisWarnings, eq(analysisWarnings.id, notifications.analysisWarningId))
    .leftJoin(actionPoints, eq(actionPoints.id, notifications.actionPointId))
    .where(
      and(eq(notifications.userId, ctx.actor.userId), unreadOnly ? isNull(notifications.readAt) : undefined),
    )
    .orderBy(
      desc(sql`(${notifications.urgent} and ${notifications.readAt} is null)`),
      desc(notifications.createdAt),
    )
    .limit(limit);
  return rows.map(
    ({ n, request, warning, actionPoint }): NotificationView => ({
      id: n.id,
      kind: n.kind,
      urgent: n.urgent,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
      hitId: n.hitId,
      protectionCaseId: n.protectionCaseId,
      request: request?.id ? request : null,
      actionPoint: actionPoint?.id ? actionPoint : null,
      analysisWarning: warning?.id
        ? {
            jurisdiction: warning.jurisdiction,
            kind: warning.kind,
            dimension: warning.dimension,
            value: warning.value,
            week: warning.week,
          }
        : null,
    }),
  );
}

export async function countUnread(ctx: ActorContext) {
  const [row] = await ctx.tx
    .select({
      unread: sql<number>`count(*)::int`,
      urgent: sql<number>`(count(*) filter (where ${notifications.urgent}))::int`,
    })
    .from(notifications)
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)));
  return { unread: Number(row?.unread ?? 0), urgent: Number(row?.urgent ?? 0) };
}

export async function markRead(ctx: ActorContext, id: string | 'all'): Promise<void> {
  const marked = await ctx.tx
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(
      and(
        eq(notifications.userId, ctx.actor.userId),
        isNull(notifications.readAt),
        id === 'all' ? undefined : eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  if (id !== 'all' && marked.length === 0) {
    const [exists] = await ctx.tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId)));
    if (!exists) throw new AppError('not_found', 'Notification not found');
  }
}
