/**
 * Opens the database: embedded PostgreSQL (PGlite) in a data folder by default, a PostgreSQL server
 * when a connection URL is given. Both get the same schema, migrations and row-level security.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

// int8 as a number, as PGlite returns it: our bigint columns (audit sequence, ids) stay far below 2^53.
pg.types.setTypeParser(20, (value: string) => Number(value));

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  readonly db: Db;
  /** The embedded database, when the engine is PGlite (tests dump and load it). */
  readonly pglite?: PGlite;
  /** The embedded database's data folder, when it is on disk: whose free space the operator watches. */
  readonly dataDir?: string;
  /** The connections of a PostgreSQL pool, for the metrics: open, idle, and requests waiting for one. */
  poolStats?(): { total: number; idle: number; waiting: number; max: number };
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === 'postgres') {
    // A request waits at most 5 s for a connection: with the server down it is answered 503, not held.
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 20,
      connectionTimeoutMillis: 5000,
    });
    // An idle connection the server ended (a restart, an administrator, a dropped test database):
    // the pool drops it and opens another when one is needed. Unhandled, it would stop the process.
    let closing = false;
    pool.on('error', (error) => {
      if (!closing)
        process.stderr.write(`veza: a database connection was closed by the server: ${error.message}\n`);
    });
    // The pool listens for errors on idle connections only: one ended by the server while lent out
    // (a restart between two statements of a transaction) would throw in the process and stop it.
    // Its statement fails on its own, and the pool drops the connection when it comes back.
    pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      engine: 'postgres',
      db,
      poolStats: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
        max: options.poolSize ?? 20,
      }),
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    engine: 'pglite',
    db,
    pglite: client,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * PGlite's data folder is one process's at a time: a second process opening it (a command while the
 * server runs) would corrupt it. veza.lock in the folder names the process that has it; a lock
 * whose process is gone (killed) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'veza.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder === process.pid || !alive(holder)) {
        rmSync(file, { force: true });
        continue;
      }
      throw new Error(
        `the data folder ${dir} is in use by another Veza process (pid ${holder}): stop it first`,
      );
    }
  }
  throw new Error(`the data folder ${dir} could not be locked`);
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'postgres') {
    await migratePg(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

/** Rows of a raw `execute` result, the same shape from either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A statement run often enough to be worth planning once per connection. */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * Runs a named statement on the transaction's own connection: PostgreSQL parses and plans it once per
 * connection instead of on every request. For the hot paths only (the actor of every transaction, session check, directory search);
 * everything else goes through Drizzle. PGlite, in-process, runs the same text without a name.
 */
export async function runPrepared<T>(tx: Tx, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  // Drizzle keeps the transaction's connection on its session; both drivers' clients take (text, values).
  const client = (tx as unknown as { session: { client: PreparedClient } }).session.client;
  if (client instanceof pg.Client) {
    const result = await client.query({ name: statement.name, text: statement.text, values });
    return result.rows as T[];
  }
  const result = await (
    client as { query: (text: string, values: unknown[]) => Promise<{ rows: T[] }> }
  ).query(statement.text, values);
  return result.rows;
}

type PreparedClient =
  | pg.Client
  | { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * A text[] parameter as PostgreSQL's array literal. Drizzle's sql template spreads a JS array into a
 * list of parameters, which suits IN (...) but not unnest(): this keeps the array one parameter.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
