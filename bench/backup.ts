/**
 * Backup and restore at scale: a database with the demo region and 1,000,000 generated persons
 * (names in every spelling, a phone and a passport each: VEZA_BENCH_BACKUP_PERSONS), backed up and
 * restored into an empty database with the same code as `veza backup` and `veza restore`, the
 * restore checked table by table and along the audit chain. PGlite and PostgreSQL. Reports both
 * times (no target: the issue asks for the numbers).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyAuditChain } from '@veza/server/audit';
import {
  backupPglite,
  backupPostgres,
  compareInventory,
  inventoryOf,
  openArchive,
  pgliteCopyOf,
  restorePostgres,
} from '@veza/server/backup';
import { type Database, openDatabase } from '@veza/server/db';
import pg from 'pg';
import { freshDatabase, importGeneratedPersons } from './records.ts';
import { startPostgres } from './support.ts';

const seconds = (started: number) => Number(((performance.now() - started) / 1000).toFixed(1));

async function checkRestored(database: Database, manifest: Parameters<typeof compareInventory>[0]) {
  const problems = compareInventory(manifest, await inventoryOf(database));
  const chain = await verifyAuditChain(database);
  if (!chain.ok) problems.push(`audit chain broken at ${chain.seq}`);
  if (problems.length > 0) throw new Error(`the restore differs: ${problems.join('; ')}`);
}

export async function benchBackupPglite(persons = 1_000_000) {
  const dir = mkdtempSync(join(tmpdir(), 'veza-bench-backup-'));
  const key = randomBytes(32);
  try {
    const source = await openDatabase({ engine: 'pglite', dataDir: join(dir, 'source') });
    let importSeconds: number;
    let backup: Awaited<ReturnType<typeof backupPglite>>;
    let backupSeconds: number;
    try {
      await freshDatabase(source);
      importSeconds = Number(((await importGeneratedPersons(source, persons)) / 1000).toFixed(1));
      const started = performance.now();
      backup = await backupPglite(source, join(dir, 'backup.vezabak'), key);
      backupSeconds = seconds(started);
    } finally {
      await source.close();
    }
    const started = performance.now();
    const opened = await openArchive(join(dir, 'backup.vezabak'), key);
    const restored = await openDatabase({
      engine: 'pglite',
      dataDir: join(dir, 'restored'),
      loadDataDir: await pgliteCopyOf(opened),
    });
    const restoreSeconds = seconds(started);
    const checkStarted = performance.now();
    try {
      await checkRestored(restored, opened.manifest);
    } finally {
      await restored.close();
    }
    return {
      name: `backup and restore of ${persons} persons, PGlite`,
      engine: 'pglite',
      persons,
      rows: Object.values(backup.manifest.tables).reduce((a, b) => a + b, 0),
      importSeconds,
      backupSeconds,
      backupMiB: Number((statSync(join(dir, 'backup.vezabak')).size / 1_048_576).toFixed(1)),
      restoreSeconds,
      checkSeconds: seconds(checkStarted),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchBackupPostgres(persons = 1_000_000) {
  const cluster = startPostgres();
  if ('skipped' in cluster) return { name: 'backup and restore, PostgreSQL', skipped: cluster.skipped };
  const dir = mkdtempSync(join(tmpdir(), 'veza-bench-backup-'));
  const key = randomBytes(32);
  try {
    const source = await openDatabase({ engine: 'postgres', url: cluster.url, poolSize: 4 });
    let importSeconds: number;
    try {
      await freshDatabase(source);
      importSeconds = Number(((await importGeneratedPersons(source, persons)) / 1000).toFixed(1));
    } finally {
      await source.close();
    }
    const file = join(dir, 'backup.vezabak');
    let started = performance.now();
    const backup = await backupPostgres(cluster.url, file, key);
    const backupSeconds = seconds(started);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database veza_restored');
    await admin.end();
    const target = cluster.url.replace(/\/[^/]*$/, '/veza_restored');
    started = performance.now();
    const opened = await openArchive(file, key);
    await restorePostgres(target, opened);
    const restoreSeconds = seconds(started);
    const checkStarted = performance.now();
    const restored = await openDatabase({ engine: 'postgres', url: target, poolSize: 2 });
    try {
      await checkRestored(restored, opened.manifest);
    } finally {
      await restored.close();
    }
    return {
      name: `backup and restore of ${persons} persons, PostgreSQL (pg_dump and pg_restore, encrypted)`,
      engine: 'postgres',
      persons,
      rows: Object.values(backup.manifest.tables).reduce((a, b) => a + b, 0),
      importSeconds,
      backupSeconds,
      backupMiB: Number((statSync(file).size / 1_048_576).toFixed(1)),
      restoreSeconds,
      checkSeconds: seconds(checkStarted),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    cluster.stop();
  }
}
