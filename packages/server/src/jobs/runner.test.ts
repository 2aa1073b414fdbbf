import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../access/actors.ts';
import { withActor } from '../access/transaction.ts';
import { type Database, openDatabase } from '../db/connection.ts';
import { openTestDatabase, type TestDatabase } from '../testing/database.ts';
import { type Job, JobRunner } from './runner.ts';

let database: TestDatabase;
/** A second connection to the same database, as another server process has (PostgreSQL only). */
let other: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  other = database.env.DATABASE_URL
    ? await openDatabase({ engine: 'postgres', url: database.env.DATABASE_URL, poolSize: 4 })
    : database;
});
afterAll(async () => {
  if (other !== database) await other.close();
  await database.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jobsOf = async (queue: string) =>
  (
    await database.owner(
      `select key, state, attempts, last_error, run_at from jobs where queue = '${queue}' order by id`,
    )
  ).rows as { key: string; state: string; attempts: number; last_error: string | null; run_at: string }[];

describe('the job runner', () => {
  it('runs a job queued three times before it started once', async () => {
    const runs: string[] = [];
    const runner = new JobRunner(database, { 'test-once': async (job) => void runs.push(job.key) });
    for (let i = 0; i < 3; i++) await runner.enqueue('test-once', 'RS', 300);
    await runner.enqueue('test-once', 'BA', 300);
    await runner.settled('test-once');
    await runner.close();
    expect(runs.sort()).toEqual(['BA', 'RS']);
    expect(await jobsOf('test-once')).toEqual([]);
  });

  it('runs no more jobs of a capped queue at once than its cap, across processes', async () => {
    let now = 0;
    let most = 0;
    const handler = async () => {
      now += 1;
      most = Math.max(most, now);
      await pause(30);
      now -= 1;
    };
    const options = { pollMs: 20, concurrency: { 'test-capped': 1 } };
    const first = new JobRunner(database, { 'test-capped': handler }, options);
    const second = new JobRunner(other, { 'test-capped': handler }, options);
    await Promise.all(Array.from({ length: 12 }, (_, i) => first.enqueue('test-capped', `key-${i}`)));
    first.start();
    second.start();
    await first.settled('test-capped');
    await first.close();
    await second.close();
    expect(most).toBe(1);
    expect(await jobsOf('test-capped')).toEqual([]);
  });

  it('runs each job once when two processes take jobs from the same table', async () => {
    const runs = new Map<string, string[]>();
    let concurrentSameKey = 0;
    const busy = new Set<string>();
    const handler = (who: string) => async (job: Job) => {
      if (busy.has(job.key)) concurrentSameKey += 1;
      busy.add(job.key);
      await pause(5 + Math.random() * 20);
      busy.delete(job.key);
      runs.set(job.key, [...(runs.get(job.key) ?? []), who]);
    };
    const first = new JobRunner(database, { 'test-shared': handler('first') }, { pollMs: 20 });
    const second = new JobRunner(other, { 'test-shared': handler('second') }, { pollMs: 20 });
    const keys = Array.from({ length: 40 }, (_, i) => `key-${i}`);
    await Promise.all(keys.map((key) => first.enqueue('test-shared', key)));
    first.start();
    second.start();
    await first.settled('test-shared');
    await first.close();
    await second.close();
    expect([...runs.keys()].sort()).toEqual([...keys].sort());
    for (const key of keys) expect(runs.get(key), key).toHaveLength(1);
    expect(concurrentSameKey).toBe(0);
    if (other !== database) {
      // Both processes took a share (each job is short and they poll every 20 ms).
      const by = [...runs.values()].flat();
      expect(by).toContain('first');
      expect(by).toContain('second');
    }
  });

  it('tries a failing job again, each time later, gives it up after its last attempt, and keeps no value in the error', async () => {
    const attempts: number[] = [];
    const runner = new JobRunner(
      database,
      {
        'test-failing': async () => {
          attempts.push(Date.now());
          throw new Error('invalid input syntax for type uuid: "Zoranka Testovska"');
        },
      },
      { baseDelayMs: 60, maxDelayMs: 480, pollMs: 20 },
    );
    await runner.enqueue('test-failing', 'RS');
    runner.start();
    await runner.settled('test-failing');
    await runner.close();
    expect(attempts).toHaveLength(8);
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    // 60, 120, 240, then 480 ms (the ceiling), each at least as long as the one before.
    expect(gaps[0]).toBeGreaterThanOrEqual(55);
    expect(gaps[3]).toBeGreaterThanOrEqual(470);
    expect(gaps[2]! + 30).toBeGreaterThan(gaps[1]!);
    const [job] = await jobsOf('test-failing');
    expect(job).toMatchObject({ key: 'RS', state: 'failed', attempts: 8 });
    expect(job!.last_error).toContain('invalid input syntax for type uuid');
    expect(job!.last_error).not.toContain('Zoranka');
  });

  it('takes over the job of a process that died once its lease has passed, and runs it once', async () => {
    await database.owner(`insert into jobs (queue, key, state, attempts, locked_by, locked_until, run_at)
      values ('test-orphan', 'MK', 'running', 1, 'a-dead-process', now() + interval '700 milliseconds', now())`);
    const runs: Job[] = [];
    const runner = new JobRunner(
      database,
      { 'test-orphan': async (job) => void runs.push(job) },
      { pollMs: 50 },
    );
    runner.start();
    await pause(300);
    expect(runs).toEqual([]);
    await runner.settled('test-orphan');
    await runner.close();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ key: 'MK', attempts: 2 });
  });

  it('runs a round again and again, never twice at once across processes', async () => {
    let running = 0;
    let overlap = 0;
    let rounds = 0;
    const round = async () => {
      running += 1;
      if (running > 1) overlap += 1;
      await pause(30);
      running -= 1;
      rounds += 1;
    };
    const first = new JobRunner(database, { 'test-round': round }, { pollMs: 20 });
    const second = new JobRunner(other, { 'test-round': round }, { pollMs: 20 });
    await first.recur('test-round', 100);
    await second.recur('test-round', 100);
    first.start();
    second.start();
    await pause(1200);
    await first.close();
    await second.close();
    expect(overlap).toBe(0);
    expect(rounds).toBeGreaterThanOrEqual(5);
    expect(rounds).toBeLessThanOrEqual(13);
    expect(await jobsOf('test-round')).toHaveLength(1);
  });

  it("queues a change's follow-up in the change's transaction, and nothing when it rolls back", async () => {
    const investigator = await actorOf(database, 'investigator.rs');
    await database.owner(`delete from jobs where queue = 'follow-up'`);
    await expect(
      withActor(database, investigator, async (ctx) => {
        ctx.changes.records.add('RS');
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await jobsOf('follow-up')).toEqual([]);
    await withActor(database, investigator, async (ctx) => {
      ctx.changes.records.add('RS');
    });
    expect(await jobsOf('follow-up')).toMatchObject([{ key: 'RS', state: 'waiting' }]);
    // The application role may queue jobs, never read or change them.
    await expect(
      withActor(database, investigator, async (ctx) => {
        await ctx.tx.execute(sql`delete from jobs`);
      }),
    ).rejects.toMatchObject({ cause: { code: '42501' } });
  });
});
