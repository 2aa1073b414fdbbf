/** HTCDS export of a case or a selection (JSON and CSV), and import of HTCDS documents. */
import { CaseBundle, fromHtcds, HtcdsDocument, htcdsCsv } from '@veza/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { exportHtcds, importBundle } from './htcds.ts';

const tags = ['htcds'];
const IdParams = z.object({ id: z.uuid() });
const Purpose = z.object({ purpose: z.string().trim().min(3).max(200) });

export const htcdsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/cases/:id/htcds',
    {
      schema: {
        tags,
        summary: 'A case as HTCDS JSON; the export is audited with its purpose',
        params: IdParams,
        querystring: Purpose,
        response: { 200: HtcdsDocument },
      },
    },
    async (request) => act(request, (ctx) => exportHtcds(ctx, [request.params.id], request.query.purpose)),
  );

  app.get(
    '/api/cases/:id/htcds.csv',
    {
      schema: {
        tags,
        summary: 'A case as HTCDS CSV, one row per person',
        params: IdParams,
        querystring: Purpose,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const document = await act(request, (ctx) =>
        exportHtcds(ctx, [request.params.id], request.query.purpose),
      );
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header(
        'content-disposition',
        `attachment; filename="${document.cases[0]?.cas_CaseId ?? 'case'}-htcds.csv"`,
      );
      return htcdsCsv(document.cases);
    },
  );

  app.post(
    '/api/htcds/export',
    {
      schema: {
        tags,
        summary: 'A selection of cases as HTCDS JSON',
        body: z.object({
          caseIds: z.array(z.uuid()).min(1).max(500),
          purpose: z.string().trim().min(3).max(200),
        }),
        response: { 200: HtcdsDocument },
      },
    },
    async (request) => act(request, (ctx) => exportHtcds(ctx, request.body.caseIds, request.body.purpose)),
  );

  app.post(
    '/api/htcds/import',
    {
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Import the cases of an HTCDS document into your jurisdiction; a case already imported is left as it is',
        body: HtcdsDocument,
        response: {
          200: z.object({
            imported: z.array(z.object({ id: z.uuid(), reference: z.string(), from: z.string() })),
            alreadyImported: z.array(z.string()),
          }),
        },
      },
    },
    async (request) =>
      act(request, async (ctx) => {
        const imported: { id: string; reference: string; from: string }[] = [];
        const alreadyImported: string[] = [];
        for (const [i, htcds] of request.body.cases.entries()) {
          const parsed = CaseBundle.safeParse(fromHtcds(htcds));
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            throw new AppError(
              'validation',
              `case ${htcds.cas_CaseId}: ${issue.path.join('.')}: ${issue.message}`,
              { field: `cases.${i}` },
            );
          }
          const created = await importBundle(ctx, parsed.data);
          if (created) imported.push({ ...created, from: htcds.cas_CaseId });
          else alreadyImported.push(htcds.cas_CaseId);
        }
        return { imported, alreadyImported };
      }),
  );
};
