/** Attaching files to a case, listing, downloading (audited with its purpose) and removing them. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { AppError } from '../../errors.ts';
import { attachFile, downloadAttachment, listAttachments, removeAttachment } from './attachments.ts';

const tags = ['cases'];
const IdParams = z.object({ id: z.uuid() });
const FileParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
const Attachment = z.object({
  id: z.uuid(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'investigation');
  const maxBytes = app.veza.config.attachmentMaxBytes;
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: maxBytes },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/cases/:id/attachments',
    {
      bodyLimit: maxBytes,
      schema: {
        tags,
        summary: 'Attach a file (the raw bytes as application/octet-stream; its name in ?filename=)',
        params: IdParams,
        querystring: z.object({ filename: z.string().trim().min(1).max(200) }),
        response: { 201: z.object({ attachments: z.array(Attachment) }) },
      },
    },
    async (request, reply) => {
      const bytes = request.body;
      if (!(bytes instanceof Uint8Array))
        throw new AppError('unsupported_media_type', 'send the file as application/octet-stream', {
          field: 'file',
        });
      const attachments = await act(request, async (ctx) => {
        await attachFile(ctx, request.params.id, request.query.filename, bytes);
        return listAttachments(ctx, request.params.id);
      });
      return reply.status(201).send({ attachments });
    },
  );

  app.get(
    '/api/cases/:id/attachments',
    {
      schema: {
        tags,
        summary: "The case's attachments",
        params: IdParams,
        response: { 200: z.object({ attachments: z.array(Attachment) }) },
      },
    },
    async (request) => ({
      attachments: await act(request, (ctx) => listAttachments(ctx, request.params.id)),
    }),
  );

  app.get(
    '/api/cases/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Download an attachment; audited with its purpose',
        params: FileParams,
        querystring: z.object({ purpose: z.string().trim().min(3).max(200).default('case work') }),
      },
    },
    async (request, reply) => {
      const file = await act(request, (ctx) =>
        downloadAttachment(ctx, request.params.id, request.params.attachmentId, request.query.purpose),
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

  app.delete(
    '/api/cases/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Remove an attachment', params: FileParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await act(request, (ctx) => removeAttachment(ctx, request.params.id, request.params.attachmentId));
      return reply.status(204).send(null);
    },
  );
};
