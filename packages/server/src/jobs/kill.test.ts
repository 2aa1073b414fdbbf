/**
 * A server process killed (kill -9) in the middle of a job (a duplicate search, an import started
 * from the web page, an e-mail) leaves nothing half-written, and the job is run again, once, by the
 * next process once its lease has passed. The test holds a lock the job
 * needs, so that the process is surely in the middle of it when it is killed; then lets go.
 * PostgreSQL: the processes share a server (the PostgreSQL round of .ci/run).
 */
import { PersonInput } from '@veza/core';
import type { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../access/actors.ts';
import { withActor } from '../access/transaction.ts';
import { createPerson } from '../features/persons/service.ts';
import { openTestDatabase, type TestDatabase } from '../testing/database.ts';
import { freePort, signInOver, startVezaProcess, type VezaProcess } from '../testing/processes.ts';
import { type Received, smtpOn } from '../testing/smtp.ts';

const onPostgres = Boolean(process.env.VEZA_TEST_DATABASE_URL);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(onPostgres)('kill -9 in the middle of a job', () => {
  let database: TestDatabase;
  const started: VezaProcess[] = [];
  const start = async () => {
    const p = await startVezaProcess({ ...database.env, VEZA_JOB_LEASE_SECONDS: '2' });
    started.push(p);
    return p;
  };

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await database?.close();
  });

  async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 60_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
      await pause(50);
    }
  }
  const jobRow = async (queue: string, key: string) =>
    (
      await database.owner(
        `select state, locked_by, attempts from jobs where queue = '${queue}' and key = '${key}'`,
      )
    ).rows[0] as { state: string; locked_by: string | null; attempts: number } | undefined;

  it('the search for duplicates: nothing written by the killed process, the next runs it once', async () => {
    const investigator = await actorOf(database, 'investigator.me');
    const people = [
      { names: [{ givenNames: 'Милош', familyNames: 'Вујовић' }], birthDate: '1983-07-11' },
      { names: [{ givenNames: 'Milos', familyNames: 'Vujovic' }], birthDate: '1983-07-11' },
      { names: [{ givenNames: 'Ahmad Shah', familyNames: 'Noori' }], birthDate: '1999' },
      {
        names: [{ givenNames: 'Ahmadshah', familyNames: 'Nuri' }],
        birthDate: '1999-01-01',
        birthDatePresumed: true,
      },
    ].map((p) => PersonInput.parse(p));
    // Recorded with no server running: the change queues Montenegro's follow-up in its transaction.
    await withActor(database, investigator, async (ctx) => {
      for (const person of people) await createPerson(ctx, person);
    });
    expect(await jobRow('follow-up', 'ME')).toMatchObject({ state: 'waiting' });

    // The job will wait for this lock when it writes what it found.
    await database.owner('begin');
    await database.owner('lock table person_duplicates in access exclusive mode');
    const doomed = await start();
    const claimed = await until('the first process to take the job', async () => {
      const row = await jobRow('follow-up', 'ME');
      return row?.state === 'running' ? row : null;
    });
    expect(claimed.attempts).toBe(1);
    await pause(500);
    await doomed.killHard();
    await database.owner('commit');
    // Nothing of the killed run was written.
    const written = await database.owner(
      `select count(*)::int as n from person_duplicates where jurisdiction = 'ME'`,
    );
    expect((written.rows[0] as { n: number }).n).toBe(0);

    const next = await start();
    await until('the job to be done', async () => !(await jobRow('follow-up', 'ME')));
    const runs = next
      .records()
      .filter((r) => r.msg === 'job done' && (r.job as { queue: string; key: string }).key === 'ME');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.job).toMatchObject({ queue: 'follow-up', attempt: 2 });
    const found = await database.owner(
      `select count(*)::int as n from person_duplicates where jurisdiction = 'ME' and status = 'open'`,
    );
    expect((found.rows[0] as { n: number }).n).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('an import started from the web page: nothing kept of the killed run, the next process imports it once', async () => {
    // Forty rows; the first phone comes at row 21, after twenty persons are written.
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        [`WK${i + 1}`, i % 2 ? 'Arben' : 'Артан', `Berisha${i}`, `${(i % 27) + 1}.03.1990`].join(',') +
        (i >= 20 ? `,+38344${100000 + i}` : ','),
    );
    const csv = `ID,Given,Family,Born,Phone\n${rows.join('\n')}\n`;
    const mapping = {
      target: 'persons',
      sourceKey: 'ID',
      columns: { givenNames: 'Given', familyNames: 'Family', birthDate: 'Born', phone: 'Phone' },
      dateFormat: 'day_first',
    };
    const imported = async () =>
      (await database.owner(`select count(*)::int as n from person_names where family_names like 'Berisha%'`))
        .rows[0] as { n: number };

    // The processes of the test before would take the job too: only this test's run here.
    await Promise.all(started.splice(0).map((p) => p.stop()));
    // The import will wait for this lock when it writes the phones, halfway through its rows.
    await database.owner('begin');
    await database.owner('lock table person_phones in access exclusive mode');
    const doomed = await start();
    const investigator = await signInOver(doomed.url, 'investigator.xk');
    const queued = await fetch(
      `${doomed.url}/api/imports?filename=register.csv&mapping=${encodeURIComponent(JSON.stringify(mapping))}`,
      {
        method: 'POST',
        headers: { ...investigator.headers, 'content-type': 'application/octet-stream' },
        body: csv,
      },
    );
    expect(queued.status, await queued.clone().text()).toBe(202);
    const { id } = (await queued.json()) as { id: string };
    await until('the import to wait for the phones', async () => {
      const { rows } = await database.owner(
        `select count(*)::int as n from pg_locks where relation = 'person_phones'::regclass and not granted`,
      );
      return (rows[0] as { n: number }).n > 0;
    });
    expect(await jobRow('imports', id)).toMatchObject({ state: 'running', attempts: 1 });
    await doomed.killHard();
    await database.owner('commit');
    await until('PostgreSQL to end the dead process’s transaction', async () => {
      const { rows } = await database.owner(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
      );
      return (rows[0] as { n: number }).n === 0;
    });
    expect((await imported()).n).toBe(0);

    // The next process takes the job once the lease has passed; the page asks it for the import.
    const next = await start();
    const again = await signInOver(next.url, 'investigator.xk');
    const done = await until('the import to be done', async () => {
      const job = (await (await again.get(`/api/imports/${id}`)).json()) as {
        status: string;
        report: { created: number } | null;
      };
      return job.status === 'done' ? job : null;
    });
    expect(done.report).toMatchObject({ outcome: 'imported', created: 40 });
    expect((await imported()).n).toBe(40);
    // Its job is marked done just after the import's transaction commits.
    const runs = await until('the job to be logged done', async () => {
      const lines = next
        .records()
        .filter((r) => r.msg === 'job done' && (r.job as { queue: string; key: string }).key === id);
      return lines.length ? lines : null;
    });
    expect(runs).toEqual([expect.objectContaining({ job: expect.objectContaining({ attempt: 2 }) })]);
    // The file's rows are not kept once the import has ended.
    const { rows: stored } = await database.owner(
      `select rows is null as gone, status from imports where id = '${id}'`,
    );
    expect(stored).toEqual([{ gone: true, status: 'done' }]);
  }, 120_000);
});

describe.runIf(onPostgres)('kill -9 in the middle of an e-mail', () => {
  let database: TestDatabase;
  const started: VezaProcess[] = [];
  let smtp: SMTPServer;
  const received: Received[] = [];
  const stalled: Received[] = [];
  let stall = true;
  let smtpUrl = '';

  beforeAll(async () => {
    database = await openTestDatabase();
    const port = await freePort();
    smtp = await smtpOn(port, received, { stall: () => stall, stalled });
    smtpUrl = `smtp://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await database?.close();
  });

  it('is delivered once by the next process, with the Message-ID of the attempt that died', async () => {
    await database.owner(`insert into outbox (idempotency_key, recipient, kind)
      values ('kill-test:request-1:duty', 'duty.me@example.test', 'request_received')`);
    const env = {
      ...database.env,
      VEZA_JOB_LEASE_SECONDS: '2',
      SMTP_URL: smtpUrl,
    };
    const doomed = await startVezaProcess(env);
    started.push(doomed);
    // The mail server has the message and has not answered: the process is in the middle of sending.
    const deadline = Date.now() + 30_000;
    while (stalled.length === 0) {
      if (Date.now() > deadline) throw new Error('the first process never sent the e-mail');
      await pause(50);
    }
    await doomed.killHard();
    stall = false;
    const { rows: before } = await database.owner(`select delivered_at, attempts from outbox`);
    expect(before).toMatchObject([{ delivered_at: null, attempts: 0 }]);

    const next = await startVezaProcess(env);
    started.push(next);
    const until = Date.now() + 30_000;
    for (;;) {
      const { rows } = await database.owner(`select delivered_at from outbox`);
      if ((rows[0] as { delivered_at: unknown }).delivered_at) break;
      if (Date.now() > until) throw new Error('the next process never delivered the e-mail');
      await pause(100);
    }
    await pause(500);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['duty.me@example.test']);
    const messageId = (raw: string) => /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim();
    expect(messageId(received[0]!.raw)).toBeDefined();
    expect(messageId(received[0]!.raw)).toBe(messageId(stalled[0]!.raw));
  }, 120_000);
});
