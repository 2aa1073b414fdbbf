/**
 * Health: is the server up and can it reach its database (/api/health, for people), and is this
 * process ready to take requests (/api/health/ready, for a load balancer or an orchestrator: the
 * database answers within two seconds and holds every migration this release needs; with the free
 * space of the embedded database's disk).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MIGRATIONS_FOLDER, rowsOf } from '../../db/connection.ts';
import { dataDiskOf } from '../../db/storage.ts';

const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    engine: z.enum(['pglite', 'postgres']),
    status: z.enum(['up', 'down']),
    serverVersion: z.string().nullable(),
  }),
});

const Ready = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.object({ status: z.enum(['up', 'down', 'slow']), ms: z.number().nullable() }),
  migrations: z.object({ status: z.enum(['current', 'behind', 'unknown']), latest: z.string().nullable() }),
  /**
   * The embedded database's disk (null on PostgreSQL, whose disk its server watches): low under
   * 1 GiB free, full under 32 MiB, when writes (and audited reads) fail with 507 storage_full.
   * What writes nothing goes on, so the process stays ready.
   */
  storage: z
    .object({ status: z.enum(['ok', 'low', 'full']), freeBytes: z.number(), totalBytes: z.number() })
    .nullable(),
  reason: z.string().optional(),
});

/** The newest migration this release ships, from drizzle's journal: its time and its name. */
function latestMigration(): { when: number; tag: string } {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number; tag: string }[];
  };
  return journal.entries.at(-1)!;
}

const READY_TIMEOUT_MS = 2000;

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

  const latest = latestMigration();
  app.get(
    '/api/health/ready',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary:
          'Ready to take requests: the database answers in time and holds every migration (503 when not)',
        response: { 200: Ready, 503: Ready },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
      });
      const check = app.veza.database.db
        .execute(sql`select max(created_at)::text as newest from drizzle.__drizzle_migrations`)
        .then((result) => rowsOf<{ newest: string | null }>(result)[0]?.newest ?? null);
      const outcome = await Promise.race([check.then((newest) => ({ newest })), timeout]).catch(
        (error: Error) => ({ error }),
      );
      clearTimeout(timer);
      check.catch(() => undefined);
      const ms = Math.round(performance.now() - started);
      const storage = await dataDiskOf(app.veza.database).catch(() => null);
      if (outcome === 'timeout' || 'error' in outcome) {
        reply.header('retry-after', '5');
        return reply.status(503).send({
          status: 'not_ready' as const,
          database: { status: outcome === 'timeout' ? ('slow' as const) : ('down' as const), ms: null },
          migrations: { status: 'unknown' as const, latest: latest.tag },
          storage,
          reason:
            outcome === 'timeout'
              ? `the database did not answer within ${READY_TIMEOUT_MS} ms`
              : 'the database cannot be reached',
        });
      }
      const current = outcome.newest !== null && Number(outcome.newest) >= latest.when;
      const body = {
        status: current ? ('ready' as const) : ('not_ready' as const),
        database: { status: 'up' as const, ms },
        migrations: { status: current ? ('current' as const) : ('behind' as const), latest: latest.tag },
        storage,
        ...(current ? {} : { reason: `the database lacks migration ${latest.tag}: run veza migrate` }),
      };
      if (!current) reply.header('retry-after', '30');
      return reply.status(current ? 200 : 503).send(body);
    },
  );
};
