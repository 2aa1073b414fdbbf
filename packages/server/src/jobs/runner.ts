/**
 * Runs the jobs stored in the database (db/schema/jobs.ts), in every server process at once: a
 * process claims a due job with FOR UPDATE SKIP LOCKED, so that each runs in one process only, and
 * holds it under a lease it renews while it works. A process that dies (kill -9, a lost machine)
 * leaves its job to the next process that looks once the lease has passed; a job that fails is tried
 * again later, each time twice as late, and given up after its last attempt (the round jobs never
 * give up). Jobs of one key never run at the same time; in a process, each queue runs in a lane of
 * its own, one job at a time. The same code runs on PGlite and PostgreSQL.
 *
 * Why not pg-boss or graphile-worker: pg-boss 12 needs Node 22, and both open connections of their own
 * from a connection string (graphile-worker also LISTENs), which PGlite, one connection inside this
 * process, cannot give. The outbox already works this way (table, lease, SKIP LOCKED); jobs do too.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import { asSystem } from '../access/transaction.ts';
import { type Database, rowsOf } from '../db/connection.ts';
import { safeErrorMessage } from '../errors.ts';

export interface Job {
  readonly id: number;
  readonly queue: string;
  readonly key: string;
  readonly attempts: number;
}

export type JobHandler = (job: Job) => Promise<unknown>;

export interface RunnerOptions {
  /** How long a claimed job is left to its process before another may take it over. */
  readonly leaseMs: number;
  /** How often the runner looks for due jobs when nothing told it to. */
  readonly pollMs: number;
  /** The first retry's delay; each next one waits twice as long, up to maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly onError?: (error: unknown, job: Job) => void;
  /** A job ran to its end, in ms (the log says so, at info). */
  readonly onDone?: (job: Job, ms: number) => void;
  /**
   * The most jobs of a queue that may run at once, across every process (a queue not named: one
   * per key). The follow-ups' seconds of CPU, run everywhere at once, would leave none for requests.
   */
  readonly concurrency?: Readonly<Record<string, number>>;
}

export const RUNNER_DEFAULTS: RunnerOptions = {
  leaseMs: 30_000,
  pollMs: 1000,
  baseDelayMs: 5000,
  maxDelayMs: 30 * 60_000,
};

/** A queue's jobs now: waiting, running, failed for good, and how long the oldest due one has waited. */
export interface QueueStats {
  readonly queue: string;
  readonly waiting: number;
  readonly running: number;
  readonly failed: number;
  readonly oldestWaitingSeconds: number;
}

interface ClaimedRow {
  id: number;
  queue: string;
  key: string;
  attempts: number;
  max_attempts: number;
  every_ms: number | null;
}

export class JobRunner {
  /** This process, in the jobs it holds: host, process id and a random part (a restarted process is another). */
  readonly worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly options: RunnerOptions;
  private poll: NodeJS.Timeout | null = null;
  private kickTimer: NodeJS.Timeout | null = null;
  private kickAt = Number.POSITIVE_INFINITY;
  private readonly lanes = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly handlers: Record<string, JobHandler>,
    options: Partial<RunnerOptions> = {},
  ) {
    this.options = { ...RUNNER_DEFAULTS, ...options };
  }

  start(): void {
    this.poll = setInterval(() => this.kick(), this.options.pollMs);
    this.poll.unref();
    this.kick();
  }

  /** Looks for due jobs now, or after delayMs (the earliest of the kicks asked for wins). */
  kick(delayMs = 0): void {
    if (this.closed) return;
    const at = Date.now() + delayMs;
    if (this.kickTimer && at >= this.kickAt) return;
    if (this.kickTimer) clearTimeout(this.kickTimer);
    this.kickAt = at;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = null;
      this.kickAt = Number.POSITIVE_INFINITY;
      void this.drain();
    }, delayMs);
    this.kickTimer.unref();
  }

  /**
   * Runs due jobs until none is left, each queue in a lane of its own (a long duplicate search does
   * not hold up the courier's urgent alerts), one job at a time per lane; a drain asked for while a
   * lane runs makes it look again after.
   */
  drain(): Promise<void> {
    return Promise.all(Object.keys(this.handlers).map((queue) => this.drainLane(queue))).then(
      () => undefined,
    );
  }

  private drainLane(queue: string): Promise<void> {
    const running = this.lanes.get(queue);
    if (running) {
      this.again.add(queue);
      return running;
    }
    const lane = (async () => {
      do {
        this.again.delete(queue);
        while (!this.closed && (await this.runOne(queue))) {}
      } while (this.again.has(queue) && !this.closed);
    })()
      .catch((error) => this.options.onError?.(error, { id: 0, queue, key: '', attempts: 0 }))
      .finally(() => {
        this.lanes.delete(queue);
      });
    this.lanes.set(queue, lane);
    return lane;
  }

  /** Claims one due job of the queue and runs it; false when none was due. */
  private async runOne(queue: string): Promise<boolean> {
    const lease = `${this.options.leaseMs} milliseconds`;
    const most = this.options.concurrency?.[queue];
    const [job] = await asSystem(this.database, async (tx) => {
      if (most !== undefined) {
        // Claims of a capped queue are taken one at a time, so that two processes cannot both see
        // room for one more.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`veza.jobs.${queue}`}))`);
        const [running] = rowsOf<{ n: number }>(
          await tx.execute(sql`select count(*)::int as n from jobs
            where queue = ${queue} and state = 'running' and locked_until >= now()`),
        );
        if (running!.n >= most) return [];
      }
      return rowsOf<ClaimedRow>(
        await tx.execute(sql`update jobs set state = 'running', locked_by = ${this.worker},
            locked_until = now() + ${lease}::interval, attempts = attempts + 1, started_at = now()
          where id = (select j.id from jobs j
            where j.queue = ${queue}
              and ((j.state = 'waiting' and j.run_at <= now())
                or (j.state = 'running' and j.locked_until < now()))
              and not exists (select 1 from jobs r where r.queue = j.queue and r.key = j.key
                and r.state = 'running' and r.locked_until >= now() and r.id <> j.id)
            order by j.run_at, j.id limit 1 for update skip locked)
          returning id, queue, key, attempts, max_attempts, every_ms`),
      );
    });
    if (!job) return false;
    const claimed: Job = { id: Number(job.id), queue: job.queue, key: job.key, attempts: job.attempts };
    const renew = setInterval(
      () => {
        void asSystem(this.database, (tx) =>
          tx.execute(sql`update jobs set locked_until = now() + ${lease}::interval
            where id = ${claimed.id} and locked_by = ${this.worker}`),
        ).catch(() => undefined);
      },
      Math.max(250, this.options.leaseMs / 3),
    );
    renew.unref();
    const started = performance.now();
    try {
      await this.handlers[job.queue]!(claimed);
      clearInterval(renew);
      this.options.onDone?.(claimed, Math.round(performance.now() - started));
      await asSystem(this.database, (tx) =>
        job.every_ms === null
          ? tx.execute(sql`delete from jobs where id = ${claimed.id} and locked_by = ${this.worker}`)
          : tx.execute(sql`update jobs set state = 'waiting', attempts = 0, locked_by = null, locked_until = null,
              last_error = null, run_at = now() + ${`${job.every_ms} milliseconds`}::interval
              where id = ${claimed.id} and locked_by = ${this.worker}`),
      );
    } catch (error) {
      clearInterval(renew);
      this.options.onError?.(error, claimed);
      await this.failed(job, error);
    }
    return true;
  }

  private async failed(job: ClaimedRow, error: unknown): Promise<void> {
    const message = safeErrorMessage(error);
    const delay = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (job.attempts - 1));
    // A round that failed (the database was down) is tried again within a minute, never later.
    const wait =
      job.every_ms === null ? delay : Math.min(Math.max(delay, job.every_ms), Math.max(job.every_ms, 60_000));
    const retryAt = sql`now() + ${`${wait} milliseconds`}::interval`;
    await asSystem(this.database, async (tx) => {
      if (job.every_ms === null && job.attempts >= job.max_attempts) {
        await tx.execute(sql`update jobs set state = 'failed', locked_by = null, locked_until = null,
          last_error = ${message} where id = ${job.id} and locked_by = ${this.worker}`);
        return;
      }
      // A change that came while it ran has queued the same work again: that job will do it.
      const superseded = rowsOf(
        await tx.execute(sql`delete from jobs where id = ${job.id} and locked_by = ${this.worker}
          and exists (select 1 from jobs w where w.queue = ${job.queue} and w.key = ${job.key} and w.state = 'waiting')
          returning id`),
      );
      if (superseded.length > 0) return;
      await tx.execute(sql`update jobs set state = 'waiting', locked_by = null, locked_until = null,
        last_error = ${message}, run_at = ${retryAt} where id = ${job.id} and locked_by = ${this.worker}`);
    });
  }

  /** Queues a job outside a change's transaction (start-up, the command line, tests). */
  async enqueue(queue: string, key: string, delayMs = 0): Promise<void> {
    await asSystem(this.database, (tx) =>
      tx.execute(sql`select veza_enqueue_job(${queue}, ${key}, ${delayMs})`),
    );
    this.kick(delayMs);
  }

  /**
   * Makes sure a round recurs every everyMs: one job per round for good, whichever process runs it
   * (several processes starting at once make one).
   */
  async recur(queue: string, everyMs: number): Promise<void> {
    await asSystem(this.database, (tx) =>
      tx.execute(sql`insert into jobs (queue, key, every_ms, max_attempts)
        select ${queue}, ${queue}, ${everyMs}, 1000000
        where not exists (select 1 from jobs where queue = ${queue} and key = ${queue})
        on conflict (queue, key) where state = 'waiting' do nothing`),
    );
    await asSystem(this.database, (tx) =>
      tx.execute(sql`update jobs set every_ms = ${everyMs} where queue = ${queue} and key = ${queue}
        and every_ms is distinct from ${everyMs}`),
    );
  }

  /** The queues' jobs, for the metrics. */
  async stats(): Promise<QueueStats[]> {
    const rows = await asSystem(this.database, async (tx) =>
      rowsOf<{ queue: string; waiting: number; running: number; failed: number; oldest: number | null }>(
        await tx.execute(sql`select queue,
            count(*) filter (where state = 'waiting')::int as waiting,
            count(*) filter (where state = 'running')::int as running,
            count(*) filter (where state = 'failed')::int as failed,
            extract(epoch from now() - min(run_at) filter (where state = 'waiting' and run_at <= now()))::float8 as oldest
          from jobs group by queue`),
      ),
    );
    const byQueue = new Map(rows.map((r) => [r.queue, r]));
    return Object.keys(this.handlers).map((queue) => {
      const row = byQueue.get(queue);
      return {
        queue,
        waiting: Number(row?.waiting ?? 0),
        running: Number(row?.running ?? 0),
        failed: Number(row?.failed ?? 0),
        oldestWaitingSeconds: Math.max(0, Number(row?.oldest ?? 0)),
      };
    });
  }

  /** Resolves once no job of the queue waits or runs (tests and benchmarks wait for the work they caused). */
  async settled(queue: string): Promise<void> {
    for (;;) {
      const [row] = await asSystem(this.database, async (tx) =>
        rowsOf<{ pending: number; due_in_ms: number | null }>(
          await tx.execute(sql`select count(*)::int as pending,
              extract(epoch from min(run_at) - now())::float8 * 1000 as due_in_ms
            from jobs where queue = ${queue} and state in ('waiting', 'running')`),
        ),
      );
      if (!row || Number(row.pending) === 0) return;
      this.kick(Math.max(0, Number(row.due_in_ms ?? 0)));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops looking for jobs; the job running finishes (its lease would hand it on otherwise). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.poll) clearInterval(this.poll);
    if (this.kickTimer) clearTimeout(this.kickTimer);
    await Promise.all(this.lanes.values());
  }
}
