/** HTCDS export of a case or a selection (JSON and CSV), and import of HTCDS documents. */
import { CaseBundle, fromHtcds, type HtcdsCase, HtcdsDocument, htcdsCsv, htcdsFromCsvRows } from '@veza/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ActorContext } from '../../access/actor.ts';
import { act, guardedBy } from '../../access/request.ts';
import { AppError } from '../../errors.ts';
import { readCsv } from '../imports/index.ts';
import { exportHtcds, importBundle } from './htcds.ts';

const tags = ['htcds'];
const IdParams = z.object({ id: z.uuid() });
const Purpose = z.object({ purpose: z.string().trim().min(3).max(200) });

export const htcdsRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'investigation');
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

  const ImportResult = z.object({
    imported: z.array(z.object({ id: z.uuid(), reference: z.string(), from: z.string() })),
    alreadyImported: z.array(z.string()),
  });

  async function importCases(ctx: ActorContext, htcdsCases: HtcdsCase[]) {
    const imported: { id: string; reference: string; from: string }[] = [];
    const alreadyImported: string[] = [];
    for (const [i, htcds] of htcdsCases.entries()) {
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
  }

  app.post(
    '/api/htcds/import',
    {
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Import the cases of an HTCDS JSON document into your jurisdiction; a case already imported is left as it is',
        body: HtcdsDocument,
        response: { 200: ImportResult },
      },
    },
    async (request) => act(request, (ctx) => importCases(ctx, request.body.cases)),
  );

  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  app.post(
    '/api/htcds/import.csv',
    {
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import cases from HTCDS CSV as Veza writes it (text/csv)',
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      if (!(request.body instanceof Uint8Array))
        throw new AppError('unsupported_media_type', 'send the file as text/csv', { field: 'file' });
      const table = readCsv(request.body, 'htcds.csv');
      let cases: HtcdsCase[];
      try {
        cases = htcdsFromCsvRows(table.rows.map((r) => r.values)).map((c) =>
          HtcdsDocument.shape.cases.element.parse(c),
        );
      } catch (error) {
        throw new AppError(
          'validation',
          `the file is not HTCDS CSV as Veza writes it: ${(error as Error).message.split('\n')[0]}`,
          { field: 'file' },
        );
      }
      return act(request, (ctx) => importCases(ctx, cases));
    },
  );
};
