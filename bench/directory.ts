/**
 * GET /api/directory?q=… for a signed-in user under 50 concurrent connections (autocannon), on PGlite
 * and on a PostgreSQL server started for the run. Target: p99 under 50 ms on PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { signIn, startPostgres, startVeza } from './support.ts';

const QUERIES = [
  'djordjevic',
  'Ђорђевић',
  'hoxha',
  'granicna policija',
  'koordinator',
  'police',
  'Krasniqi',
  'social',
];

async function load(url: string, cookie: string, seconds: number) {
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers: { cookie },
    requests: QUERIES.map((q) => ({ method: 'GET', path: `/api/directory?q=${encodeURIComponent(q)}` })),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export async function benchDirectoryPglite(seconds = 10) {
  const dir = mkdtempSync(join(tmpdir(), 'veza-bench-dir-'));
  const server = await startVeza({ VEZA_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' });
  try {
    const cookie = await signIn(server.url, 'investigator.rs');
    await load(server.url, cookie, 2); // warm-up
    return {
      name: 'GET /api/directory?q=…, 50 connections, PGlite',
      engine: 'pglite',
      seconds,
      ...(await load(server.url, cookie, seconds)),
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchDirectoryPostgres(seconds = 10, workers = 1) {
  const cluster = startPostgres();
  if ('skipped' in cluster) return { name: 'GET /api/directory, PostgreSQL', skipped: cluster.skipped };
  try {
    const server = await startVeza({ DATABASE_URL: cluster.url, VEZA_WORKERS: String(workers) });
    try {
      const cookie = await signIn(server.url, 'investigator.rs');
      await load(server.url, cookie, 2);
      const measured = await load(server.url, cookie, seconds);
      return {
        name: `GET /api/directory?q=…, 50 connections, PostgreSQL, ${workers} server process${workers > 1 ? 'es' : ''}`,
        engine: 'postgres',
        workers,
        seconds,
        ...measured,
        targetP99Ms: 50,
        meetsTarget: measured.latencyMs.p99 < 50 && measured.non2xx === 0,
      };
    } finally {
      await server.stop();
    }
  } finally {
    cluster.stop();
  }
}
