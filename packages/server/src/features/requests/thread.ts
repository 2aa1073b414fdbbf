/** A request as its reader sees it: the thread, what was shared in it, files, timeline, and what they may do. */
import type { ActorContext } from '../../access/actor.ts';
import { requestActions } from '../../access/policies/requests.ts';
import { type openRequest, presentSummary } from './listing.ts';
import type { RequestThread } from './schema.ts';
import { presentShare } from './sharing.ts';

export function presentThread(
  ctx: ActorContext,
  opened: Awaited<ReturnType<typeof openRequest>>,
): RequestThread {
  const { row, request: r } = opened;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    ...presentSummary(ctx, row),
    body: r.body,
    version: r.version,
    acknowledgedBy: r.acknowledgedByName,
    startedAt: iso(r.startedAt),
    closedAt: iso(r.closedAt),
    alertCount: r.alertCount,
    // The holder's side sees what it linked; the other side only that a record of that kind is linked.
    // A referred screening is opened by those it is referred to: both sides see it.
    links: opened.links.map((l) =>
      l.jurisdiction === ctx.actor.jurisdiction || l.kind === 'screening'
        ? { kind: l.kind as 'case', jurisdiction: l.jurisdiction, id: l.recordId, label: l.label }
        : { kind: l.kind as 'case', jurisdiction: l.jurisdiction, id: null, label: null },
    ),
    messages: opened.messages.map(({ message: m, agency }) => ({
      id: m.id,
      jurisdiction: m.jurisdiction,
      agency,
      author: m.authorName,
      body: m.body,
      handlingCode: m.handlingCode,
      createdAt: m.createdAt.toISOString(),
    })),
    shares: opened.shares.map(presentShare),
    attachments: opened.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    timeline: opened.timeline.map((e) => ({
      event: e.event,
      at: e.at.toISOString(),
      by: e.actorName,
      jurisdiction: e.jurisdiction,
    })),
    allowedActions: requestActions(ctx.actor, r),
  };
}
