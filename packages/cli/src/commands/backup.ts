/**
 * `veza backup FILE`, `veza restore FILE` and `veza backup-key FILE`: an encrypted, checksummed copy
 * of the whole database (PGlite in VEZA_DATA_DIR, or PostgreSQL at DATABASE_URL), and its restore
 * into an empty one, which proves itself: every table's rows and the audit chain compared with what
 * the backup says it held. The key (32 bytes) is the operator's, in a file given by --key-file or
 * VEZA_BACKUP_KEY_FILE, kept apart from the backups.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { verifyAuditChain } from '@veza/server/audit';
import {
  assertEmptyFolder,
  BackupError,
  backupKeyFrom,
  backupPglite,
  backupPostgres,
  compareInventory,
  inventoryOf,
  keyIdOf,
  openArchive,
  pgliteCopyOf,
  restorePostgres,
} from '@veza/server/backup';
import { loadConfig } from '@veza/server/config';
import { openDatabase } from '@veza/server/db';
import type { Command } from 'commander';
import { CliError } from '../errors.ts';

function readKey(option: string | undefined): Buffer {
  const file = option ?? process.env.VEZA_BACKUP_KEY_FILE;
  if (!file)
    throw new CliError(
      'give the backup key: --key-file FILE or VEZA_BACKUP_KEY_FILE (make one with veza backup-key FILE)',
      2,
    );
  if (!existsSync(file)) throw new CliError(`${file}: no such key file`, 2);
  try {
    return backupKeyFrom(readFileSync(file, 'utf8'), file);
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
}

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

export function registerBackupCommands(program: Command) {
  program
    .command('backup-key')
    .description('make a new backup key (32 random bytes) in FILE, readable by its owner only')
    .argument('<file>')
    .action((file: string) => {
      if (existsSync(file)) throw new CliError(`${file} exists: a key is never overwritten`, 2);
      const key = randomBytes(32);
      writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      console.log(`Backup key written to ${file} (key id ${keyIdOf(key)}). Keep it apart from the backups.`);
    });

  program
    .command('backup')
    .description('an encrypted, checksummed copy of the whole database into FILE')
    .argument('<file>')
    .option('--key-file <file>', 'the backup key (or VEZA_BACKUP_KEY_FILE)')
    .action(async (file: string, options: { keyFile?: string }) => {
      const key = readKey(options.keyFile);
      const config = loadConfig();
      const started = performance.now();
      try {
        const { manifest, bytes } = config.databaseUrl
          ? await backupPostgres(config.databaseUrl, file, key)
          : await (async () => {
              if (!existsSync(config.dataDir))
                throw new CliError(`${config.dataDir}: no database to back up`, 2);
              const database = await openDatabase({ engine: 'pglite', dataDir: config.dataDir }).catch(
                (error: Error) => {
                  throw new CliError(error.message, 2);
                },
              );
              try {
                return await backupPglite(database, file, key);
              } finally {
                await database.close();
              }
            })();
        const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
        console.log(
          `Backup written to ${file}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ` +
            `audit chain to entry ${manifest.auditHead?.seq ?? 0}; ${(bytes / 1_048_576).toFixed(1)} MiB in ${seconds(started)} s ` +
            `(key id ${keyIdOf(key)}).`,
        );
      } catch (error) {
        if (error instanceof BackupError) throw new CliError(error.message, 3);
        throw error;
      }
    });

  program
    .command('restore')
    .description('restore FILE into an empty database, then compare every table and the audit chain')
    .argument('<file>')
    .option('--key-file <file>', 'the backup key (or VEZA_BACKUP_KEY_FILE)')
    .action(async (file: string, options: { keyFile?: string }) => {
      const key = readKey(options.keyFile);
      const config = loadConfig();
      const started = performance.now();
      try {
        const opened = await openArchive(file, key);
        const { manifest } = opened;
        const engine = config.databaseUrl ? 'postgres' : 'pglite';
        if (manifest.engine !== engine)
          throw new CliError(
            manifest.engine === 'pglite'
              ? 'this is a backup of an embedded database: restore it with VEZA_DATA_DIR and no DATABASE_URL'
              : 'this is a backup of a PostgreSQL database: restore it with DATABASE_URL',
            2,
          );
        let database: Awaited<ReturnType<typeof openDatabase>>;
        if (config.databaseUrl) {
          await restorePostgres(config.databaseUrl, opened);
          database = await openDatabase({ engine: 'postgres', url: config.databaseUrl, poolSize: 2 });
        } else {
          assertEmptyFolder(config.dataDir);
          database = await openDatabase({
            engine: 'pglite',
            dataDir: config.dataDir,
            loadDataDir: await pgliteCopyOf(opened),
          });
        }
        try {
          const problems = compareInventory(manifest, await inventoryOf(database));
          const chain = await verifyAuditChain(database);
          if (!chain.ok) problems.push(`audit chain broken at entry ${chain.seq}: ${chain.problem}`);
          if (problems.length > 0)
            throw new CliError(`the restored database differs from the backup: ${problems.join('; ')}`, 4);
          const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
          console.log(
            `Restored ${file} (made ${manifest.createdAt}) in ${seconds(started)} s: ${Object.keys(manifest.tables).length} tables and ` +
              `${rows} rows as in the backup; audit chain intact, ${chain.ok ? chain.entries : 0} entries, ending where the backup's did.`,
          );
        } finally {
          await database.close();
        }
      } catch (error) {
        if (error instanceof BackupError) throw new CliError(error.message, 3);
        throw error;
      }
    });
}
