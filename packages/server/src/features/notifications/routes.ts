/** Notifications: the list, the badge's count, and marking read. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { NotificationView } from './schema.ts';
import { countUnread, listNotifications, markRead } from './service.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'self');
  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: "The actor's notifications, unread urgent ones first",
        querystring: z.object({
          unread: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ notifications: z.array(NotificationView) }) },
      },
    },
    async (request) => ({
      notifications: await act(request, (ctx) =>
        listNotifications(ctx, request.query.unread, request.query.limit),
      ),
    }),
  );
  app.get(
    '/api/notifications/count',
    {
      schema: {
        tags,
        summary: 'How many notifications are unread, and how many of them urgent',
        response: { 200: z.object({ unread: z.number().int(), urgent: z.number().int() }) },
      },
    },
    async (request) => act(request, (ctx) => countUnread(ctx)),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark a notification read ("all" for every one)',
        params: z.object({ id: z.union([z.uuid(), z.literal('all')]) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => markRead(ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
