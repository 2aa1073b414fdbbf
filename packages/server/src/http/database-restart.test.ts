/**
 * PostgreSQL restarted under load: while it is down every request is answered 503 with Retry-After
 * (never a 500, never a hang), readiness says not ready, and when it is back the same server process
 * answers again by itself, the users' sessions intact. On a PostgreSQL server of the test's own,
 * stopped and started here: it runs where PostgreSQL is installed (the PostgreSQL round of .ci/run).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/connection.ts';
import { seedDemoRegion } from '../demo/seed.ts';
import { TEST_DEMO_PASSWORD } from '../testing/database.ts';
import {
  type PostgresCluster,
  postgresInstalled,
  startPostgresCluster,
} from '../testing/postgres-cluster.ts';
import { buildApp } from './app.ts';

const onPostgres = Boolean(process.env.VEZA_TEST_DATABASE_URL) && postgresInstalled();

describe.runIf(onPostgres)('PostgreSQL restarted under load', () => {
  let cluster: PostgresCluster;
  let database: Database;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    cluster = startPostgresCluster();
    database = await openDatabase({ engine: 'postgres', url: cluster.url, poolSize: 8 });
    await prepareDatabase(database);
    await seedDemoRegion(database, { password: TEST_DEMO_PASSWORD });
    app = await buildApp({
      database,
      config: {
        ...loadConfig({ VEZA_SECRET_KEY: randomBytes(32).toString('base64'), VEZA_AUDIT_ANCHOR_FILE: 'off' }),
        webDistDir: null,
      },
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    cluster?.close();
  });

  it('answers 503 while it is down and recovers by itself when it is back', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'investigator.rs', password: TEST_DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

    const answers: { phase: string; status: number; code?: string; retryAfter: string | null; ms: number }[] =
      [];
    let phase = 'up';
    let running = true;
    const client = async () => {
      while (running) {
        const started = performance.now();
        const response = await fetch(`${base}/api/cases?limit=10`, { headers: { cookie } });
        const body = (await response.json()) as { error?: { code: string } };
        answers.push({
          phase,
          status: response.status,
          code: body.error?.code,
          retryAfter: response.headers.get('retry-after'),
          ms: performance.now() - started,
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const clients = Array.from({ length: 6 }, client);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    phase = 'down';
    cluster.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const ready = await fetch(`${base}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not_ready', database: { status: 'down' } });

    phase = 'back';
    cluster.resume();
    const backAt = performance.now();
    let recovered = false;
    while (!recovered && performance.now() - backAt < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      recovered =
        answers.filter((a) => a.phase === 'back').slice(-12).length === 12 &&
        answers
          .filter((a) => a.phase === 'back')
          .slice(-12)
          .every((a) => a.status === 200);
    }
    running = false;
    await Promise.all(clients);

    expect(answers.filter((a) => a.phase === 'up').every((a) => a.status === 200)).toBe(true);
    const down = answers.filter((a) => a.phase === 'down' && a.status !== 200);
    expect(down.length).toBeGreaterThan(0);
    // Every failure said what it was: 503, unavailable, with when to try again; none hung.
    for (const a of answers.filter((x) => x.status !== 200)) {
      expect(a).toMatchObject({ status: 503, code: 'unavailable', retryAfter: '5' });
      expect(a.ms).toBeLessThan(6000);
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${base}/api/health/ready`)).status).toBe(200);
    // The session made before the restart still holds.
    expect((await fetch(`${base}/api/me`, { headers: { cookie } })).status).toBe(200);
  }, 90_000);
});
