/**
 * Imports started from the web app are stored (the imports table: the file's rows, the mapping, the
 * progress and the report) and run as jobs of their own queue, keyed by the import's id: the upload
 * answers at once, whichever server process takes the job runs it, and the page asks any process
 * for its progress. Its author may cancel it until it commits, which keeps nothing. A process that
 * dies in the middle leaves nothing of it (one transaction), and the job runs again from the start
 * once its lease has passed; one that dies after the commit leaves it done (the status is written in
 * that transaction), so it is never imported twice.
 */
import type { ImportMapping } from '@veza/core';
import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actorById } from '../../access/actors.ts';
import { queueJob } from '../../access/changes.ts';
import { asSystem, withActor } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { imports } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Table } from './read.ts';
import { type ImportReport, importPersons } from './service.ts';

export const IMPORT_QUEUE = 'imports';
/** An import that fails this many times for something other than its file is given up. */
const MAX_ATTEMPTS = 3;
/** How often the process running an import writes its progress and looks for a cancellation. */
const WATCH_MS = 1000;
/** Finished imports (their report, never their rows) are kept this long for their author. */
const KEEP_FINISHED_MS = 24 * 3600_000;

export interface ImportView {
  id: string;
  status: 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
}

/** The imports this process runs now: its own count of their progress, and how to stop them. */
const running = new Map<string, { controller: AbortController; done: number; total: number }>();

const VIEW = {
  id: imports.id,
  status: imports.status,
  done: imports.done,
  total: imports.total,
  report: imports.report,
  error: imports.error,
};

function present(row: {
  id: string;
  status: string;
  done: number;
  total: number;
  report: unknown;
  error: string | null;
}): ImportView {
  const here = running.get(row.id);
  return {
    id: row.id,
    status: row.status as ImportView['status'],
    done: here && row.status === 'running' ? Math.max(here.done, row.done) : row.done,
    total: here && row.status === 'running' ? here.total : row.total,
    report: (row.report as ImportReport | null) ?? null,
    error: row.error,
  };
}

/** Stores an import for the actor and queues its job, in the actor's transaction. */
export async function queueImport(
  ctx: ActorContext,
  table: Table,
  mapping: ImportMapping,
  options: { filename: string; dryRun: boolean; skipBad: boolean },
): Promise<ImportView> {
  const [row] = await ctx.tx
    .insert(imports)
    .values({
      userId: ctx.actor.userId,
      jurisdiction: ctx.actor.jurisdiction,
      filename: options.filename,
      mapping,
      dryRun: options.dryRun,
      skipBad: options.skipBad,
      rows: table,
      address: ctx.address,
      total: table.rows.length,
    })
    .returning(VIEW);
  await queueJob(ctx.tx, IMPORT_QUEUE, row!.id);
  return present(row!);
}

/** The actor's own import (row-level security: anyone else's is not found). */
export async function importOf(ctx: ActorContext, id: string): Promise<ImportView> {
  const [row] = await ctx.tx.select(VIEW).from(imports).where(eq(imports.id, id));
  if (!row) throw new AppError('not_found', 'Import not found');
  return present(row);
}

/** Asks the actor's import to stop: at once if it waits, before it commits if it runs. */
export async function cancelImport(ctx: ActorContext, id: string): Promise<ImportView> {
  // Row-level security: only the author's own import is marked, and only then stopped here.
  const [marked] = await ctx.tx
    .update(imports)
    .set({ cancelRequested: true })
    .where(and(eq(imports.id, id), inArray(imports.status, ['waiting', 'running'])))
    .returning({ id: imports.id });
  if (marked) running.get(id)?.controller.abort();
  return importOf(ctx, id);
}

async function finish(
  database: Database,
  id: string,
  outcome: { status: 'failed' | 'cancelled'; error?: string },
): Promise<void> {
  await asSystem(database, (tx) =>
    tx
      .update(imports)
      .set({ status: outcome.status, error: outcome.error ?? null, rows: null, finishedAt: new Date() })
      .where(eq(imports.id, id)),
  );
}

/** The job: runs the import as its author, in one transaction that also marks it done. */
export async function runImport(database: Database, id: string, attempt: number): Promise<void> {
  // Taken, unless it has ended (a run that died after its commit left it done); and the imports
  // that ended long ago go.
  const [row] = await asSystem(database, async (tx) => {
    await tx
      .delete(imports)
      .where(
        and(isNotNull(imports.finishedAt), lt(imports.finishedAt, new Date(Date.now() - KEEP_FINISHED_MS))),
      );
    return tx
      .update(imports)
      .set({ status: 'running' })
      .where(and(eq(imports.id, id), inArray(imports.status, ['waiting', 'running'])))
      .returning();
  });
  if (!row) return;
  if (row.cancelRequested) return finish(database, id, { status: 'cancelled' });
  const here = { controller: new AbortController(), done: 0, total: row.total };
  running.set(id, here);
  // With PostgreSQL another connection writes the progress for the page, whichever process it asks,
  // and hears of a cancellation made through another process. PGlite has one connection, which the
  // import holds, and one process: the page reads this process's count.
  let watching = false;
  const watch =
    database.engine === 'postgres'
      ? setInterval(() => {
          if (watching) return;
          watching = true;
          asSystem(database, (tx) =>
            tx
              .update(imports)
              .set({ done: here.done })
              .where(eq(imports.id, id))
              .returning({ cancel: imports.cancelRequested }),
          )
            .then(([state]) => state?.cancel && here.controller.abort())
            .catch(() => undefined)
            .finally(() => {
              watching = false;
            });
        }, WATCH_MS)
      : null;
  try {
    const actor = await actorById(database, row.userId);
    await withActor(
      database,
      actor,
      async (ctx) => {
        const report = await importPersons(ctx, row.rows as Table, row.mapping as ImportMapping, {
          dryRun: row.dryRun,
          skipBad: row.skipBad,
          signal: here.controller.signal,
          onProgress: (done, total) => {
            here.done = done;
            here.total = total;
          },
        });
        await ctx.tx
          .update(imports)
          .set({ status: 'done', report, done: report.created, rows: null, finishedAt: ctx.now })
          .where(eq(imports.id, id));
      },
      { address: row.address },
    );
  } catch (error) {
    if (here.controller.signal.aborted) return finish(database, id, { status: 'cancelled' });
    // The file, the mapping or the author's rights: running it again would change nothing.
    if (error instanceof AppError) return finish(database, id, { status: 'failed', error: error.message });
    // Anything else (the database gone for a moment) is tried again, and given up after a few.
    if (attempt >= MAX_ATTEMPTS)
      await finish(database, id, {
        status: 'failed',
        error: 'the import failed on the server; the error has been logged',
      });
    throw error;
  } finally {
    if (watch) clearInterval(watch);
    running.delete(id);
  }
}
