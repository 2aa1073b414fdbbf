/**
 * The free space of the embedded database's data folder. When the disk fills, every write fails
 * whole (PostgreSQL's disk_full, answered 507 storage_full), a read that is audited too; what
 * writes nothing goes on. Readiness and the metrics show it before then. PostgreSQL's own disk is
 * watched on its server.
 */
import { statfs } from 'node:fs/promises';
import type { Database } from './connection.ts';

/** Under this, writes may fail any moment: less than one WAL segment and a few pages. */
export const FULL_BELOW_BYTES = 32 * 1024 * 1024;
/** Under this, the operator should act now. */
export const LOW_BELOW_BYTES = 1024 * 1024 * 1024;

export interface Storage {
  status: 'ok' | 'low' | 'full';
  freeBytes: number;
  totalBytes: number;
}

/** The data folder's disk, or null when the database is not a folder on this machine. */
export async function dataDiskOf(database: Database): Promise<Storage | null> {
  if (!database.dataDir) return null;
  const disk = await statfs(database.dataDir);
  const freeBytes = disk.bavail * disk.bsize;
  const totalBytes = disk.blocks * disk.bsize;
  const status = freeBytes < FULL_BELOW_BYTES ? 'full' : freeBytes < LOW_BELOW_BYTES ? 'low' : 'ok';
  return { status, freeBytes, totalBytes };
}
