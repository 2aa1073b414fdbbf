/** Operational requests: compose and send, inbox and sent lists, the thread, and every step of its life. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { AppError } from '../../errors.ts';
import { attachToRequest, downloadRequestAttachment } from './attachments.ts';
import { dashboardCsv, requestDashboard } from './dashboard.ts';
import { forwardRequest } from './forward.ts';
import { listRequests, openRequest } from './listing.ts';
import { acknowledge, closeRequest, reply, startWork } from './progress.ts';
import {
  DashboardQuery,
  DashboardRow,
  ForwardInput,
  ReplyInput,
  RequestCreate,
  RequestEdit,
  RequestList,
  RequestListQuery,
  RequestThread,
} from './schema.ts';
import { createRequest, discardDraft, editDraft, sendDraft } from './service.ts';
import { presentThread } from './thread.ts';

const tags = ['requests'];
const IdParams = z.object({ id: z.uuid() });
const Thread = { 200: RequestThread };

export const requestRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'requests');
  const maxBytes = app.veza.config.attachmentMaxBytes;
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: maxBytes },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/requests',
    {
      schema: {
        tags,
        summary: "The actor's inbox or sent requests (coordinators: all of the jurisdiction's), filtered",
        querystring: RequestListQuery,
        response: { 200: RequestList },
      },
    },
    async (request) => act(request, (ctx) => listRequests(ctx, request.query)),
  );

  app.get(
    '/api/requests/dashboard',
    {
      schema: {
        tags,
        summary:
          'Coordinators: requests per month and counterpart jurisdiction, open, overdue, answered, median times',
        querystring: DashboardQuery,
        response: { 200: z.object({ rows: z.array(DashboardRow) }) },
      },
    },
    async (request) => ({ rows: await act(request, (ctx) => requestDashboard(ctx, request.query)) }),
  );

  app.get(
    '/api/requests/dashboard.csv',
    { schema: { tags, summary: 'The cooperation dashboard as CSV', querystring: DashboardQuery } },
    async (request, reply) => {
      const rows = await act(request, (ctx) => requestDashboard(ctx, request.query));
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="veza-requests-dashboard.csv"');
      return reply.send(dashboardCsv(rows));
    },
  );

  app.post(
    '/api/requests',
    {
      schema: {
        tags,
        summary: 'Compose a request to another agency; sent at once unless send is false',
        body: RequestCreate,
        response: { 201: RequestThread },
      },
    },
    async (request, reply) => {
      const thread = await act(request, async (ctx) => {
        const id = await createRequest(ctx, request.body);
        return presentThread(ctx, await openRequest(ctx, id));
      });
      return reply.status(201).send(thread);
    },
  );

  app.get(
    '/api/requests/:id',
    {
      schema: {
        tags,
        summary: 'Open a request with its thread (every open is audited)',
        params: IdParams,
        response: Thread,
      },
    },
    async (request) =>
      act(request, async (ctx) => presentThread(ctx, await openRequest(ctx, request.params.id))),
  );

  app.put(
    '/api/requests/:id',
    {
      schema: { tags, summary: 'Change a draft', params: IdParams, body: RequestEdit, response: Thread },
    },
    async (request) =>
      act(request, async (ctx) => {
        await editDraft(ctx, request.params.id, request.body);
        return presentThread(ctx, await openRequest(ctx, request.params.id));
      }),
  );

  app.delete(
    '/api/requests/:id',
    { schema: { tags, summary: 'Discard a draft', params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await act(request, (ctx) => discardDraft(ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  const steps = {
    send: sendDraft,
    acknowledge,
    start: startWork,
    close: (ctx, id) => closeRequest(ctx, id, 'close'),
    reopen: (ctx, id) => closeRequest(ctx, id, 'reopen'),
  } satisfies Record<string, (ctx: Parameters<typeof acknowledge>[0], id: string) => Promise<void>>;
  for (const [step, run] of Object.entries(steps)) {
    app.post(
      `/api/requests/:id/${step}`,
      {
        schema: {
          tags,
          summary: `${step[0]!.toUpperCase()}${step.slice(1)} the request`,
          params: IdParams,
          response: Thread,
        },
      },
      async (request) =>
        act(request, async (ctx) => {
          await run(ctx, request.params.id);
          return presentThread(ctx, await openRequest(ctx, request.params.id));
        }),
    );
  }

  app.post(
    '/api/requests/:id/replies',
    {
      schema: {
        tags,
        summary: 'Reply in the thread, sharing picked fields of your own records',
        params: IdParams,
        body: ReplyInput,
        response: { 201: RequestThread },
      },
    },
    async (request, res) => {
      const thread = await act(request, async (ctx) => {
        await reply(ctx, request.params.id, request.body);
        return presentThread(ctx, await openRequest(ctx, request.params.id));
      });
      return res.status(201).send(thread);
    },
  );

  app.post(
    '/api/requests/:id/forward',
    {
      schema: {
        tags,
        summary: "Forward the request's shared snapshots to another agency as a new request (never H2)",
        params: IdParams,
        body: ForwardInput,
        response: { 201: RequestThread },
      },
    },
    async (request, reply) => {
      const thread = await act(request, async (ctx) => {
        const id = await forwardRequest(ctx, request.params.id, request.body);
        return presentThread(ctx, await openRequest(ctx, id));
      });
      return reply.status(201).send(thread);
    },
  );

  app.post(
    '/api/requests/:id/attachments',
    {
      bodyLimit: maxBytes,
      schema: {
        tags,
        summary:
          'Attach a file (raw bytes as application/octet-stream; ?filename=, and ?messageId= for a reply)',
        params: IdParams,
        querystring: z.object({
          filename: z.string().trim().min(1).max(200),
          messageId: z.uuid().optional(),
        }),
        response: { 201: RequestThread },
      },
    },
    async (request, reply) => {
      const bytes = request.body;
      if (!(bytes instanceof Uint8Array))
        throw new AppError('unsupported_media_type', 'send the file as application/octet-stream', {
          field: 'file',
        });
      const thread = await act(request, async (ctx) => {
        await attachToRequest(
          ctx,
          request.params.id,
          request.query.messageId ?? null,
          request.query.filename,
          bytes,
        );
        return presentThread(ctx, await openRequest(ctx, request.params.id));
      });
      return reply.status(201).send(thread);
    },
  );

  app.get(
    '/api/requests/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: "Download a request's attachment; audited",
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const file = await act(request, (ctx) =>
        downloadRequestAttachment(ctx, request.params.id, request.params.attachmentId),
      );
      reply.header('content-type', file.contentType);
      reply.header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      );
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(file.content);
    },
  );
};
