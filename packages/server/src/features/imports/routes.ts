/** Importing persons from the web app: preview a file's columns, then queue the import as a job (jobs.ts). */
import { ImportMapping } from '@veza/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { investigationPolicy } from '../../access/policies/investigation.ts';
import { authorize } from '../../access/policy.ts';
import { act, guardedBy } from '../../access/request.ts';
import { AppError } from '../../errors.ts';
import { cancelImport, importOf, queueImport } from './jobs.ts';
import { readTable } from './read.ts';

const tags = ['imports'];
const MAX_BYTES = 50 * 1024 * 1024;

const Report = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  rejected: z.array(
    z.object({ line: z.number().int(), sourceKey: z.string().nullable(), problems: z.array(z.string()) }),
  ),
  alreadyImported: z.number().int(),
  warnings: z.array(z.object({ line: z.number().int(), messages: z.array(z.string()) })),
  created: z.number().int(),
  outcome: z.enum(['imported', 'dry_run', 'refused', 'cancelled']),
  attachedTo: z
    .object({ caseId: z.uuid(), reference: z.string(), role: z.string(), persons: z.number().int() })
    .optional(),
});
const JobView = z.object({
  id: z.uuid(),
  /** waiting: queued, no process has taken it yet. */
  status: z.enum(['waiting', 'running', 'done', 'failed', 'cancelled']),
  done: z.number().int(),
  total: z.number().int(),
  report: Report.nullable(),
  error: z.string().nullable(),
});

const bytesOf = (body: unknown): Uint8Array => {
  if (!(body instanceof Uint8Array))
    throw new AppError('unsupported_media_type', 'send the file as application/octet-stream', {
      field: 'file',
    });
  return body;
};

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'investigation');
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/imports/preview',
    {
      bodyLimit: MAX_BYTES,
      schema: {
        tags,
        summary: "A file's columns and first rows, to map them",
        querystring: z.object({ filename: z.string().trim().min(1).max(200) }),
        response: {
          200: z.object({
            headers: z.array(z.string()),
            rows: z.array(z.record(z.string(), z.string())),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      await act(request, async (ctx) =>
        authorize(
          investigationPolicy,
          ctx.actor,
          'create',
          { jurisdiction: ctx.actor.jurisdiction },
          'Person',
        ),
      );
      const table = await readTable(bytesOf(request.body), request.query.filename);
      return {
        headers: table.headers,
        rows: table.rows.slice(0, 10).map((r) => r.values),
        total: table.rows.length,
      };
    },
  );

  app.post(
    '/api/imports',
    {
      bodyLimit: MAX_BYTES,
      schema: {
        tags,
        summary: 'Start importing persons from a file with a column mapping (JSON in ?mapping=)',
        querystring: z.object({
          filename: z.string().trim().min(1).max(200),
          mapping: z.string().min(2).max(10_000),
          dryRun: z.enum(['true', 'false']).default('false'),
          skipBad: z.enum(['true', 'false']).default('false'),
        }),
        response: { 202: JobView },
      },
    },
    async (request, reply) => {
      let json: unknown;
      try {
        json = JSON.parse(request.query.mapping);
      } catch {
        throw new AppError('validation', 'the mapping is not JSON', { field: 'mapping' });
      }
      const mapping = ImportMapping.safeParse(json);
      if (!mapping.success) {
        const issue = mapping.error.issues[0]!;
        throw new AppError('validation', `mapping.${issue.path.join('.')}: ${issue.message}`, {
          field: `mapping.${issue.path.join('.')}`,
        });
      }
      const table = await readTable(bytesOf(request.body), request.query.filename);
      // The session is checked, and the actor's right to create persons, before the file is stored.
      await act(request, async (ctx) =>
        authorize(
          investigationPolicy,
          ctx.actor,
          'create',
          { jurisdiction: ctx.actor.jurisdiction },
          'Person',
        ),
      );
      // Stored and queued in the actor's transaction; any process may run it (jobs.ts).
      const job = await act(request, (ctx) =>
        queueImport(ctx, table, mapping.data, {
          filename: request.query.filename,
          dryRun: request.query.dryRun === 'true',
          skipBad: request.query.skipBad === 'true',
        }),
      );
      app.veza.runner.kick(0);
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary: "An import's progress and report",
        params: z.object({ id: z.uuid() }),
        response: { 200: JobView },
      },
    },
    async (request) => act(request, (ctx) => importOf(ctx, request.params.id)),
  );

  app.delete(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary: 'Cancel an import; nothing of it is kept',
        params: z.object({ id: z.uuid() }),
        response: { 200: JobView },
      },
    },
    async (request) => act(request, (ctx) => cancelImport(ctx, request.params.id)),
  );
};
