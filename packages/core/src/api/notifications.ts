/** A user's notifications as the API returns them. */
import { z } from 'zod';

export const NotificationView = z.object({
  id: z.uuid(),
  kind: z.string(),
  urgent: z.boolean(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** For a hit: where to look (the hit itself says whom to ask, never what the other side holds). */
  hitId: z.uuid().nullable(),
  /** For a protection case: the case whose reflection period is ending. */
  protectionCaseId: z.uuid().nullable(),
  /** For an early warning: what it is about, to open the dashboard filtered to it. */
  analysisWarning: z
    .object({
      jurisdiction: z.string(),
      kind: z.string(),
      dimension: z.string(),
      value: z.string(),
      week: z.string(),
    })
    .nullable(),
  request: z
    .object({ id: z.uuid(), subject: z.string(), type: z.string(), status: z.string(), from: z.string() })
    .nullable(),
  /** For a reminder: the action point falling due or overdue. */
  actionPoint: z.object({ id: z.uuid(), title: z.string(), dueOn: z.string() }).nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;
