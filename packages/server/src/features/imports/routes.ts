/** Importing persons from the web app: preview a file's columns, then run the import as a job. */
import { ImportMapping } from '@veza/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { investigationPolicy } from '../../access/policies/investigation.ts';
import { authorize } from '../../access/policy.ts';
import { act, guardedBy, sessionOf } from '../../access/request.ts';
import { AppError } from '../../errors.ts';
import { jobOf, startImportJob } from './jobs.ts';
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
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
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

const present = (job: ReturnType<typeof jobOf>) => ({
  id: job.id,
  status: job.status,
  done: job.done,
  total: job.total,
  report: job.report,
  error: job.error,
});

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
      // The session is checked, and the actor's right to create persons, before the job starts.
      await act(request, async (ctx) =>
        authorize(
          investigationPolicy,
          ctx.actor,
          'create',
          { jurisdiction: ctx.actor.jurisdiction },
          'Person',
        ),
      );
      const job = startImportJob(app.veza.database, sessionOf(request).actor, table, mapping.data, {
        dryRun: request.query.dryRun === 'true',
        skipBad: request.query.skipBad === 'true',
        address: request.ip,
      });
      return reply.status(202).send(present(job));
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
    async (request) => {
      await act(request, async () => undefined);
      return present(jobOf(request.params.id, sessionOf(request).actor));
    },
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
    async (request) => {
      await act(request, async () => undefined);
      const job = jobOf(request.params.id, sessionOf(request).actor);
      if (job.status === 'running') job.controller.abort();
      return present(job);
    },
  );
};
