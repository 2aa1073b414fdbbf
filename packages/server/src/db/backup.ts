/**
 * Backups that restore: a consistent copy of the whole database, encrypted with a key the operator
 * holds (AES-256-GCM, 32 bytes, outside the database and apart from the backups), checksummed, and
 * carrying a manifest of what it holds (every table's row count and the audit chain's head) so that
 * a restore proves itself.
 *
 * The copy: for PGlite, its data folder (the server stopped, or this process the only one that has
 * it open); for PostgreSQL, pg_dump's custom format under an exported snapshot, so that the counts in
 * the manifest are those of the same moment as the dump.
 *
 * The file: `VEZABAK1\n`, the header's length (4 bytes) and the header (JSON: format, key id, iv,
 * time: nothing about the data), then the encrypted manifest and copy, GCM's tag, and the SHA-256 of
 * everything before it. A restore checks the checksum (is the file whole?), the key id (is this the
 * key it was made with?) and the tag (was it altered?) over the whole file before it changes
 * anything, and refuses with the reason.
 */
import { spawn } from 'node:child_process';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { keyFrom } from '../secret-box.ts';
import { type Database, rowsOf } from './connection.ts';

const MAGIC = Buffer.from('VEZABAK1\n');
export const BACKUP_FORMAT = 'veza-backup/1';
const TAG_BYTES = 16;
const DIGEST_BYTES = 32;

export class BackupError extends Error {}

export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly engine: 'pglite' | 'postgres';
  readonly createdAt: string;
  /** When the newest migration applied was written (drizzle's journal): a restore needs a Veza that knows it. */
  readonly migration: string | null;
  /** Every table's rows, by schema-qualified name. */
  readonly tables: Record<string, number>;
  /** The audit chain's last entry at the time of the copy. */
  readonly auditHead: { seq: number; hash: string } | null;
}

interface Header {
  format: typeof BACKUP_FORMAT;
  keyId: string;
  iv: string;
  createdAt: string;
}

/** A 32-byte key from a key file's text: base64 or hex (secret-box.ts reads every key of Veza). */
export function backupKeyFrom(text: string, where: string): Buffer {
  try {
    return keyFrom(text, where);
  } catch (error) {
    throw new BackupError((error as Error).message);
  }
}

/** Names the key without giving it away: the first 16 hex digits of its SHA-256. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('veza-backup-key').update(key).digest('hex').slice(0, 16);
}

/** Every table's row count and the audit head, read in the transaction or snapshot given. */
async function inventory(
  query: (text: string) => Promise<{ rows: Record<string, unknown>[] }>,
): Promise<Pick<BackupManifest, 'tables' | 'auditHead' | 'migration'>> {
  const { rows: names } = await query(`select schemaname || '.' || tablename as name from pg_tables
    where schemaname in ('public', 'drizzle') order by 1`);
  const tables: Record<string, number> = {};
  for (const { name } of names as { name: string }[]) {
    const [schema, table] = name.split('.');
    const { rows } = await query(`select count(*)::bigint as n from "${schema}"."${table}"`);
    tables[name] = Number((rows[0] as { n: number | string }).n);
  }
  const head = tables['public.audit_log']
    ? (await query('select seq, hash from audit_log order by seq desc limit 1')).rows[0]
    : undefined;
  const migration = tables['drizzle.__drizzle_migrations']
    ? (await query('select max(created_at)::text as at from drizzle.__drizzle_migrations')).rows[0]
    : undefined;
  return {
    tables,
    auditHead: head ? { seq: Number(head.seq), hash: String(head.hash) } : null,
    migration: migration?.at ? String(migration.at) : null,
  };
}

/** What the open database holds now (after a restore, to compare with the manifest). */
export async function inventoryOf(database: Database): Promise<Pick<BackupManifest, 'tables' | 'auditHead'>> {
  return inventory(async (text) => ({
    rows: rowsOf<Record<string, unknown>>(await database.db.execute(sql.raw(text))),
  }));
}

/** The differences between what a backup said it held and what the database holds. */
export function compareInventory(
  manifest: Pick<BackupManifest, 'tables' | 'auditHead'>,
  now: Pick<BackupManifest, 'tables' | 'auditHead'>,
): string[] {
  const problems: string[] = [];
  for (const name of new Set([...Object.keys(manifest.tables), ...Object.keys(now.tables)])) {
    const want = manifest.tables[name];
    const have = now.tables[name];
    if (want !== have)
      problems.push(`${name}: ${want ?? 'absent'} in the backup, ${have ?? 'absent'} restored`);
  }
  if (JSON.stringify(manifest.auditHead) !== JSON.stringify(now.auditHead))
    problems.push('the audit chain does not end where the backup says it did');
  return problems;
}

/** Writes the encrypted, checksummed file from the manifest and the copy's bytes. */
async function writeArchive(
  file: string,
  key: Buffer,
  manifest: BackupManifest,
  copy: AsyncIterable<Uint8Array>,
): Promise<{ bytes: number }> {
  const iv = randomBytes(12);
  const header: Header = {
    format: BACKUP_FORMAT,
    keyId: keyIdOf(key),
    iv: iv.toString('base64'),
    createdAt: manifest.createdAt,
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(headerBytes);
  const digest = createHash('sha256');
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  let bytes = 0;
  const write = async (chunk: Buffer) => {
    if (chunk.length === 0) return;
    digest.update(chunk);
    bytes += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  try {
    await write(MAGIC);
    await write(length);
    await write(headerBytes);
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const manifestLength = Buffer.alloc(4);
    manifestLength.writeUInt32BE(manifestBytes.length);
    await write(cipher.update(manifestLength));
    await write(cipher.update(manifestBytes));
    for await (const chunk of copy) await write(cipher.update(chunk));
    await write(cipher.final());
    await write(cipher.getAuthTag());
    const sum = digest.digest();
    out.write(sum);
    bytes += sum.length;
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw writeError(error, file);
  }
  // Whole or not at all: the file appears under its name only once written.
  await rename(partial, file);
  return { bytes };
}

function writeError(error: unknown, file: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new BackupError(`no space left to write ${file}; nothing was written`);
  if (code === 'EACCES') return new BackupError(`${file}: permission denied`);
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Opens a backup: checks its checksum, its key and its tag over the whole file, and only then
 * returns its manifest and a reader of the copy (which decrypts it again, as it is read).
 */
export async function openArchive(
  file: string,
  key: Buffer,
): Promise<{ manifest: BackupManifest; copy: () => AsyncIterable<Buffer> }> {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  const size = statSync(file).size;
  const handle = await open(file, 'r');
  let header: Header;
  let headerBytes: Buffer;
  let bodyStart: number;
  try {
    const start = Buffer.alloc(MAGIC.length + 4);
    await handle.read(start, 0, start.length, 0);
    if (!start.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupError(`${file} is not a Veza backup`);
    const headerLength = start.readUInt32BE(MAGIC.length);
    if (headerLength > 4096 || MAGIC.length + 4 + headerLength + TAG_BYTES + DIGEST_BYTES > size)
      throw new BackupError(`${file} is damaged or incomplete: its checksum does not match`);
    headerBytes = Buffer.alloc(headerLength);
    await handle.read(headerBytes, 0, headerLength, MAGIC.length + 4);
    header = JSON.parse(headerBytes.toString('utf8')) as Header;
    bodyStart = MAGIC.length + 4 + headerLength;
  } catch (error) {
    await handle.close();
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is damaged or incomplete: its checksum does not match`);
  }
  await handle.close();
  if (header.format !== BACKUP_FORMAT)
    throw new BackupError(`${file} is a backup of another format (${header.format})`);

  // The checksum first: is the file whole?
  const digest = createHash('sha256');
  for await (const chunk of createReadStream(file, { start: 0, end: size - DIGEST_BYTES - 1 }))
    digest.update(chunk as Buffer);
  const stored = Buffer.alloc(DIGEST_BYTES);
  const tail = await open(file, 'r');
  await tail.read(stored, 0, DIGEST_BYTES, size - DIGEST_BYTES);
  await tail.close();
  if (!digest.digest().equals(stored))
    throw new BackupError(`${file} is damaged or incomplete: its checksum does not match`);
  // Then the key: the one it was made with?
  if (header.keyId !== keyIdOf(key))
    throw new BackupError(
      `${file} was made with another key (key id ${header.keyId}; the key given is ${keyIdOf(key)})`,
    );
  const tag = Buffer.alloc(TAG_BYTES);
  const tagHandle = await open(file, 'r');
  await tagHandle.read(tag, 0, TAG_BYTES, size - DIGEST_BYTES - TAG_BYTES);
  await tagHandle.close();
  const bodyEnd = size - DIGEST_BYTES - TAG_BYTES - 1;

  async function* decrypted(): AsyncIterable<Buffer> {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
    decipher.setAAD(headerBytes);
    decipher.setAuthTag(tag);
    for await (const chunk of createReadStream(file, { start: bodyStart, end: bodyEnd })) {
      const plain = decipher.update(chunk as Buffer);
      if (plain.length > 0) yield plain;
    }
    try {
      decipher.final();
    } catch {
      throw new BackupError(`${file} does not open with this key, or was altered after it was made`);
    }
  }
  // Then the tag, over the whole file, before anything is used: was it altered?
  let manifest: BackupManifest | null = null;
  let pending = Buffer.alloc(0);
  for await (const chunk of decrypted()) {
    if (manifest) continue;
    pending = Buffer.concat([pending, chunk]);
    if (pending.length >= 4) {
      const length = pending.readUInt32BE(0);
      if (pending.length >= 4 + length)
        manifest = JSON.parse(pending.subarray(4, 4 + length).toString('utf8'));
    }
  }
  if (!manifest) throw new BackupError(`${file} holds no manifest`);
  const manifestEnd = 4 + Buffer.byteLength(JSON.stringify(manifest));
  return {
    manifest,
    copy: async function* () {
      let skipped = 0;
      for await (const chunk of decrypted()) {
        if (skipped >= manifestEnd) {
          yield chunk;
          continue;
        }
        const take = Math.min(chunk.length, manifestEnd - skipped);
        skipped += take;
        if (take < chunk.length) yield chunk.subarray(take);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PGlite: its data folder.

/** Backs up an open PGlite (this process must be the only one that has its folder). */
export async function backupPglite(
  database: Database,
  file: string,
  key: Buffer,
): Promise<{ manifest: BackupManifest; bytes: number }> {
  const pglite = database.pglite;
  if (!pglite) throw new BackupError('not an embedded database');
  // Everything written reaches the data files first; no transaction may be open during the copy.
  await pglite.query('checkpoint');
  const { tables, auditHead, migration } = await inventory((text) => pglite.query(text));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    engine: 'pglite',
    createdAt: new Date().toISOString(),
    migration,
    tables,
    auditHead,
  };
  const tarball = await pglite.dumpDataDir('gzip');
  const stream = tarball.stream() as unknown as AsyncIterable<Uint8Array>;
  const { bytes } = await writeArchive(file, key, manifest, stream);
  return { manifest, bytes };
}

/** The PGlite data folder of a backup, for PGlite.create({ loadDataDir }). */
export async function pgliteCopyOf(opened: { copy: () => AsyncIterable<Buffer> }): Promise<Blob> {
  const parts: Buffer[] = [];
  for await (const chunk of opened.copy()) parts.push(chunk);
  return new Blob(parts as unknown as BlobPart[], { type: 'application/x-gzip' });
}

/** A data folder a restore may fill: absent or empty. */
export function assertEmptyFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new BackupError(
      `${dir} is not empty: a restore goes into an empty data folder (move the current one aside first)`,
    );
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: pg_dump's custom format under an exported snapshot, pg_restore into an empty database.

function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  for (const dir of ['/usr/bin', ...listVersions().map((v) => `/usr/lib/postgresql/${v}/bin`)])
    if (existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  return name;
}

function listVersions(): string[] {
  return existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse() : [];
}

/** Backs up a PostgreSQL database: its counts and pg_dump's copy from one snapshot. */
export async function backupPostgres(
  url: string,
  file: string,
  key: Buffer,
): Promise<{ manifest: BackupManifest; bytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
    const { tables, auditHead, migration } = await inventory((text) => client.query(text));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      engine: 'postgres',
      createdAt: new Date().toISOString(),
      migration,
      tables,
      auditHead,
    };
    const dump = spawn(
      postgresTool('pg_dump'),
      ['--format=custom', `--snapshot=${rows[0]!.snapshot}`, '--no-owner', '--dbname', url],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    dump.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => dump.once('close', resolve));
    const spawnFailed = new Promise<never>((_, reject) =>
      dump.once('error', (error) => reject(new BackupError(`pg_dump could not be run: ${error.message}`))),
    );
    const written = await Promise.race([writeArchive(file, key, manifest, dump.stdout), spawnFailed]);
    const code = await exited;
    if (code !== 0) {
      await rm(file, { force: true });
      throw new BackupError(`pg_dump failed (${code}): ${stderr.trim().split('\n')[0]}`);
    }
    await client.query('commit');
    return { manifest, bytes: written.bytes };
  } finally {
    await client.end();
  }
}

/** Restores a PostgreSQL backup into the (empty) database at url. */
export async function restorePostgres(
  url: string,
  opened: { copy: () => AsyncIterable<Buffer> },
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`,
    );
    if (rows[0]!.n > 0)
      throw new BackupError(
        'the database is not empty: a restore goes into an empty database (create one first)',
      );
    // Row-level security's role is the cluster's, not the database's: a new cluster needs it first.
    await client.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'veza_app') then create role veza_app nologin; end if;
      if not (select rolsuper from pg_roles where rolname = current_user) and not pg_has_role(current_user, 'veza_app', 'member')
        then execute format('grant veza_app to %I', current_user); end if;
    end $$`);
  } finally {
    await client.end();
  }
  const restore = spawn(
    postgresTool('pg_restore'),
    ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', url],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let stderr = '';
  restore.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => restore.once('close', resolve));
  restore.stdin.on('error', () => undefined);
  for await (const chunk of opened.copy()) {
    if (!restore.stdin.write(chunk)) await new Promise((resolve) => restore.stdin.once('drain', resolve));
  }
  restore.stdin.end();
  const code = await exited;
  if (code !== 0) throw new BackupError(`pg_restore failed (${code}): ${stderr.trim().split('\n')[0]}`);
}
