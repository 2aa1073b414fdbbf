/** Health: is the server up and can it reach its database. */
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    engine: z.enum(['pglite', 'postgres']),
    status: z.enum(['up', 'down']),
    serverVersion: z.string().nullable(),
  }),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Server and database status',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const { database, version } = app.veza;
      try {
        const result = (await database.db.execute(sql`show server_version`)) as unknown as {
          rows: { server_version: string }[];
        };
        return {
          status: 'ok' as const,
          version,
          database: {
            engine: database.engine,
            status: 'up' as const,
            serverVersion: result.rows[0]?.server_version ?? null,
          },
        };
      } catch {
        return reply.status(503).send({
          status: 'degraded' as const,
          version,
          database: { engine: database.engine, status: 'down' as const, serverVersion: null },
        });
      }
    },
  );
};
