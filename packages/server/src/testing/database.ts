/**
 * Test databases. The template is migrated and seeded with the demo region once per test run
 * (scripts/test-setup.ts); each test file then gets its own copy: a PGlite loaded from the template's
 * dump, or, when VEZA_TEST_DATABASE_URL points at a PostgreSQL server, a database created from the
 * template database. The same tests run on both engines.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { prepareDatabase } from '../bootstrap.ts';
import { type Database, openDatabase } from '../db/connection.ts';
import { seedDemoRegion } from '../demo/seed.ts';

export const TEST_DEMO_PASSWORD = 'veza-demo-2026';
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const TEMPLATE_DUMP = join(ROOT, '.veza-test', 'template.tar.gz');
export const TEMPLATE_DB = 'veza_test_template';

export const testServerUrl = () => process.env.VEZA_TEST_DATABASE_URL || null;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database and every connection to it. An autovacuum worker busy on it at that moment
 * belongs to the server, not to the test role, which may not end it: the drop is tried again until
 * the worker is done (it seldom takes more than a moment).
 */
async function dropDatabase(url: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(url, `drop database if exists ${name} with (force)`);
      return;
    } catch (error) {
      const insufficientPrivilege = (error as { code?: string }).code === '42501';
      if (!insufficientPrivilege || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Builds the template once: migrated, with the demo region. */
export async function prepareTemplate(): Promise<void> {
  const url = testServerUrl();
  if (url) {
    await adminQuery(url, `drop database if exists ${TEMPLATE_DB} with (force)`);
    await adminQuery(url, `create database ${TEMPLATE_DB}`);
    const database = await openDatabase({
      engine: 'postgres',
      url: withDatabase(url, TEMPLATE_DB),
      poolSize: 2,
    });
    await prepareDatabase(database);
    await seedDemoRegion(database, { password: TEST_DEMO_PASSWORD, now: new Date('2026-01-01T08:00:00Z') });
    await database.close();
    return;
  }
  const database = await openDatabase({ engine: 'pglite' });
  await prepareDatabase(database);
  await seedDemoRegion(database, { password: TEST_DEMO_PASSWORD, now: new Date('2026-01-01T08:00:00Z') });
  const dump = await database.pglite!.dumpDataDir('gzip');
  mkdirSync(dirname(TEMPLATE_DUMP), { recursive: true });
  writeFileSync(TEMPLATE_DUMP, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}

/** An empty database on the test server (PostgreSQL), for restores; drop() removes it. */
export async function emptyTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = testServerUrl();
  if (!url) throw new Error('an empty test database needs VEZA_TEST_DATABASE_URL');
  const name = `veza_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  return { url: withDatabase(url, name), drop: () => dropDatabase(url, name) };
}

export interface TestDatabase extends Database {
  /** How another process reaches this database: DATABASE_URL, or VEZA_DATA_DIR for PGlite on disk. */
  readonly env: Record<string, string>;
  /** Runs SQL as the database owner, outside the application role: how a test tampers with data behind the application's back. */
  owner(text: string): Promise<{ rows: Record<string, unknown>[] }>;
}

/** A fresh copy of the template for one test file; in memory, or in dataDir when another process must open it. */
export async function openTestDatabase(
  options: { dataDir?: string; reuse?: boolean } = {},
): Promise<TestDatabase> {
  const url = testServerUrl();
  if (url) {
    const name = `veza_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `create database ${name} template ${TEMPLATE_DB}`);
    const database = await openDatabase({ engine: 'postgres', url: withDatabase(url, name), poolSize: 10 });
    const owner = new pg.Pool({ connectionString: withDatabase(url, name), max: 1 });
    // The database is dropped with (force) at close; a connection still ending then hears of it.
    owner.on('error', () => {});
    return {
      ...database,
      env: { DATABASE_URL: withDatabase(url, name) },
      owner: async (text) => owner.query(text),
      close: async () => {
        await database.close();
        await owner.end();
        await dropDatabase(url, name);
      },
    };
  }
  if (options.reuse && options.dataDir) {
    const database = await openDatabase({ engine: 'pglite', dataDir: options.dataDir });
    return pgliteTestDatabase(database, { VEZA_DATA_DIR: options.dataDir });
  }
  if (!existsSync(TEMPLATE_DUMP))
    throw new Error(`no template database at ${TEMPLATE_DUMP}: run the tests through vitest`);
  const dump = new Blob([readFileSync(TEMPLATE_DUMP)]);
  const database = await openDatabase({
    engine: 'pglite',
    loadDataDir: dump,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  return pgliteTestDatabase(database, options.dataDir ? { VEZA_DATA_DIR: options.dataDir } : {});
}

function pgliteTestDatabase(database: Database, env: Record<string, string>): TestDatabase {
  return {
    ...database,
    env,
    owner: async (text) => {
      const result = await database.pglite!.query<Record<string, unknown>>(text);
      return { rows: result.rows };
    },
  };
}
