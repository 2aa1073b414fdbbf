/**
 * Starts Veza: opens the database (PGlite in VEZA_DATA_DIR, or PostgreSQL at DATABASE_URL), applies
 * migrations, loads the demo region into an empty database outside production, and serves the API
 * and the web app on PORT.
 */
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/connection.ts';
import { demoAccounts, isEmpty, seedDemoRegion } from './demo/seed.ts';
import { purgeOldSessions } from './features/accounts/sessions.ts';
import { buildApp } from './http/app.ts';

export async function start(env: NodeJS.ProcessEnv = process.env) {
  const started = performance.now();
  const config = loadConfig(env);
  const webDistDir = config.webDistDir ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
  const database = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgres', url: config.databaseUrl }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  await migrateDatabase(database);
  let seeded = false;
  if (!config.production && (await isEmpty(database))) {
    await seedDemoRegion(database, { password: config.demoPassword });
    seeded = true;
  }
  await purgeOldSessions(database, new Date(), {
    idleMs: config.sessionIdleMinutes * 60_000,
    absoluteMs: config.sessionAbsoluteHours * 3_600_000,
  });
  const app = await buildApp({ database, config: { ...config, webDistDir }, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
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
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, database };
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
