/**
 * Imports started from the web app run as jobs in this server process: the upload answers at once,
 * the page polls the job's progress, and its author may cancel it until it commits, which keeps nothing.
 */
import { randomUUID } from 'node:crypto';
import type { ImportMapping } from '@veza/core';
import type { Actor } from '../../access/actor.ts';
import { withActor } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { AppError } from '../../errors.ts';
import type { Table } from './read.ts';
import { type ImportReport, importPersons } from './service.ts';

export interface ImportJob {
  id: string;
  ownerId: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
  controller: AbortController;
  finishedAt: number | null;
}

const jobs = new Map<string, ImportJob>();
const KEEP_FINISHED_MS = 60 * 60_000;

function forget(now: number) {
  for (const [id, job] of jobs)
    if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
}

export function startImportJob(
  database: Database,
  actor: Actor,
  table: Table,
  mapping: ImportMapping,
  options: { dryRun?: boolean; skipBad?: boolean; address: string | null },
): ImportJob {
  forget(Date.now());
  const job: ImportJob = {
    id: randomUUID(),
    ownerId: actor.userId,
    status: 'running',
    done: 0,
    total: table.rows.length,
    report: null,
    error: null,
    controller: new AbortController(),
    finishedAt: null,
  };
  jobs.set(job.id, job);
  withActor(
    database,
    actor,
    (ctx) =>
      importPersons(ctx, table, mapping, {
        dryRun: options.dryRun,
        skipBad: options.skipBad,
        signal: job.controller.signal,
        onProgress: (done, total) => {
          job.done = done;
          job.total = total;
        },
      }),
    { address: options.address },
  )
    .then((report) => {
      job.report = report;
      job.done = report.created;
      job.status = 'done';
    })
    .catch((error: unknown) => {
      job.status = job.controller.signal.aborted ? 'cancelled' : 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    })
    .finally(() => {
      job.finishedAt = Date.now();
    });
  return job;
}

export function jobOf(id: string, actor: Actor): ImportJob {
  const job = jobs.get(id);
  if (!job || job.ownerId !== actor.userId) throw new AppError('not_found', 'Import not found');
  return job;
}
