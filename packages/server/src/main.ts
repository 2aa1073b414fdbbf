/**
 * Starts Veza: opens the database (PGlite in VEZA_DATA_DIR, or PostgreSQL at DATABASE_URL), applies
 * migrations, loads the demo region into an empty database outside production, and serves the API
 * and the web app on PORT.
 */
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { purgeOldSessions } from './access/sessions.ts';
import { prepareDatabase } from './bootstrap.ts';
import { type Config, loadConfig } from './config.ts';
import { type Database, openDatabase } from './db/connection.ts';
import { seedDemoRecords } from './demo/records.ts';
import { demoAccounts, isEmpty, seedDemoRegion } from './demo/seed.ts';
import { buildApp } from './http/app.ts';
import { answerMetricsRequests } from './http/metrics.ts';

/**
 * With PostgreSQL the server is stateless, so it can run as several worker processes sharing the port
 * (VEZA_WORKERS, default 1): the primary migrates and seeds, then forks. PGlite lives in one process.
 */
export async function start(env: NodeJS.ProcessEnv = process.env) {
  const started = performance.now();
  const config = loadConfig(env);
  const workers = config.databaseUrl ? config.workers : 1;
  if (cluster.isWorker) return serve(config, started);

  const database = await openDatabase(
    config.databaseUrl
      ? // The primary migrates with two connections and forks; alone, it serves with the full pool.
        { engine: 'postgres', url: config.databaseUrl, poolSize: workers === 1 ? config.poolSize : 2 }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  await prepareDatabase(database);
  let seeded = false;
  if (!config.production && (await isEmpty(database))) {
    await seedDemoRegion(database, { password: config.demoPassword });
    await seedDemoRecords(database);
    seeded = true;
  }
  await purgeOldSessions(database, new Date(), {
    idleMs: config.sessionIdleMinutes * 60_000,
    absoluteMs: config.sessionAbsoluteHours * 3_600_000,
  });

  if (workers === 1) {
    await serve(config, started, database);
  } else {
    await database.close();
    await forkWorkers(workers);
  }
  const where = config.databaseUrl
    ? `PostgreSQL (DATABASE_URL), ${workers} worker process${workers > 1 ? 'es' : ''}`
    : `embedded PostgreSQL in ${config.dataDir}`;
  const lines = [
    `Veza is running on http://localhost:${config.port} (database: ${where}; ready in ${Math.round(performance.now() - started)} ms)`,
  ];
  if (!config.production) {
    lines.push(
      seeded ? 'Demo region created.' : 'Demo region present.',
      `Demo accounts (password "${config.demoPassword}"), one per role and jurisdiction:`,
      ...groupAccounts(),
    );
  }
  console.log(lines.join('\n'));
}

/** Opens the database (unless given) and serves the API and the web app until told to stop. */
async function serve(config: Config, started: number, given?: Database) {
  const database =
    given ??
    (await openDatabase({ engine: 'postgres', url: config.databaseUrl!, poolSize: config.poolSize }));
  const webDistDir = config.webDistDir ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
  const app = await buildApp({ database, config: { ...config, webDistDir }, logger: true });
  await app.listen({ port: config.port, host: config.host });
  // Persons imported by the command line while no server ran queued their follow-up in the same
  // transaction: the job runner finds it.
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (cluster.isWorker) process.send?.({ veza: 'listening', ms: Math.round(performance.now() - started) });
  return { app, database };
}

async function forkWorkers(count: number) {
  let stopping = false;
  answerMetricsRequests();
  const listening = Array.from({ length: count }, () => {
    const worker = cluster.fork();
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: { veza?: string }) => {
        if (message?.veza === 'listening') resolve();
      });
      worker.once('exit', (code) => reject(new Error(`a worker exited with ${code} while starting`)));
    });
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
    cluster.once('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  cluster.on('exit', (worker, code) => {
    if (!stopping) console.error(`Veza worker ${worker.process.pid} exited (${code}); starting another`);
    if (!stopping) cluster.fork();
  });
  await Promise.all(listening);
}

function groupAccounts(): string[] {
  const byJurisdiction = new Map<string, string[]>();
  for (const a of demoAccounts())
    byJurisdiction.set(a.jurisdiction, [...(byJurisdiction.get(a.jurisdiction) ?? []), a.username]);
  return [...byJurisdiction].map(([j, names]) => `  ${j.padEnd(4)} ${names.join('  ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  start().catch((error) => {
    console.error(`Veza could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
