/**
 * The follow-up of a jurisdiction's changed persons: its search for duplicates, then, with a
 * regional secret, its hit/no-hit encodings and the region's matching. Both compare thousands of
 * records for seconds of CPU; on PostgreSQL they run in a worker thread with connections of its own
 * (follow-up-worker.ts), so that the process goes on answering requests meanwhile. PGlite is one
 * connection inside the process: there they run on the main thread.
 */
import { Worker } from 'node:worker_threads';
import type { Database } from '../db/connection.ts';
import { type FindReport, findDuplicates, loadLinkRecords } from '../features/duplicates/find.ts';
import { type HitReport, refreshHits } from '../features/hits/refresh.ts';

export interface FollowUpReport {
  duplicates: FindReport;
  hits: HitReport | null;
}

/** Runs a jurisdiction's follow-up here: the records are read once for both. */
export async function followUp(
  database: Database,
  jurisdiction: string,
  secret: Uint8Array | null,
): Promise<FollowUpReport> {
  const loaded = await loadLinkRecords(database, jurisdiction);
  return {
    duplicates: await findDuplicates(database, jurisdiction, { loaded }),
    hits: secret ? await refreshHits(database, jurisdiction, secret, loaded) : null,
  };
}

/** What the worker thread is told when it starts. */
export interface FollowUpWorkerData {
  url: string;
  secret: Uint8Array | null;
}

/** A message from the worker: a follow-up's report, or its error as fields (an Error does not cross). */
export type FollowUpAnswer =
  | { id: number; report: FollowUpReport }
  | { id: number; error: { name: string; message: string; stack?: string; code?: string } };

const WORKER_URL = new URL('./follow-up-worker.mjs', import.meta.url);

/**
 * One worker thread that runs follow-ups one at a time, started at the first and kept; if it dies,
 * what it was running fails (the job is tried again) and the next follow-up starts another.
 */
export class FollowUpThread {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: FollowUpReport) => void; reject: (e: Error) => void }
  >();

  constructor(private readonly data: FollowUpWorkerData) {}

  private start(): Worker {
    const worker = new Worker(WORKER_URL, { workerData: this.data });
    worker.on('message', (answer: FollowUpAnswer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if ('report' in answer) waiting.resolve(answer.report);
      else waiting.reject(Object.assign(new Error(answer.error.message), answer.error));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the follow-up worker thread stopped (exit ${code})`)));
    // The thread must not keep the process alive on its own.
    worker.unref();
    return worker;
  }

  run(jurisdiction: string): Promise<FollowUpReport> {
    this.worker ??= this.start();
    const id = this.next++;
    const answer = new Promise<FollowUpReport>((resolve, reject) =>
      this.pending.set(id, { resolve, reject }),
    );
    this.worker.postMessage({ id, jurisdiction });
    return answer;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) {
      worker.postMessage({ close: true });
      await new Promise((resolve) => worker.once('exit', resolve));
    }
  }
}
