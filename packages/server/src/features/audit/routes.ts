/** The audit log browser for a jurisdiction's admins and coordinators. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { act, guardedBy } from '../../access/request.ts';
import { AuditPage, AuditQuery } from './schema.ts';
import { browseAudit } from './service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'audit');
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "Your jurisdiction's audit log, newest first",
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => act(request, (ctx) => browseAudit(ctx, request.query)),
  );
};
