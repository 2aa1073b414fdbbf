/**
 * Several `veza start` processes on one PostgreSQL database, as an operator runs them behind a proxy:
 * a session made in one is valid in the other, and each job queued runs once, in one of them.
 * PostgreSQL only (PGlite lives inside one process): the PostgreSQL round of .ci/run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DEMO_PASSWORD, type TestDatabase } from '../testing/database.ts';
import { startVezaProcess, type VezaProcess } from '../testing/processes.ts';

const onPostgres = Boolean(process.env.VEZA_TEST_DATABASE_URL);

describe.runIf(onPostgres)('two server processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let first: VezaProcess;
  let second: VezaProcess;

  beforeAll(async () => {
    database = await openTestDatabase();
    [first, second] = await Promise.all([startVezaProcess(database.env), startVezaProcess(database.env)]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.close();
  });

  /** Waits until no follow-up job is left, and for the log line of the last one. */
  async function followUpsDone() {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await database.owner(`select count(*)::int as n from jobs where queue = 'follow-up'`);
      if ((rows[0] as { n: number }).n === 0) break;
      if (Date.now() > deadline) throw new Error('the follow-up jobs did not finish within a minute');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  it('share sessions: signed in through one, the other knows the user', async () => {
    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'investigator.ba', password: TEST_DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const me = await fetch(`${second.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ username: 'investigator.ba' });
    // A change through the second process, with the token the first gave.
    const created = await fetch(`${second.url}/api/persons`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ names: [{ givenNames: 'Emina', familyNames: 'Hadžić' }], birthDate: '1994' }),
    });
    expect(created.status).toBe(201);
    // Signed out through the second, the session ends in the first too.
    await fetch(`${second.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect((await fetch(`${first.url}/api/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('run each job once, whichever process takes it', async () => {
    const jurisdictions = ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'];
    // What the earlier test queued (Bosnia's follow-up) is done first.
    await followUpsDone();
    const before = (p: VezaProcess) => p.records().length;
    const from = { first: before(first), second: before(second) };
    // Each jurisdiction's follow-up queued three times (a burst of changes), as the change's
    // transaction queues it; then both processes take what is due.
    for (let i = 0; i < 3; i++)
      for (const j of jurisdictions)
        await database.owner(`select veza_enqueue_job('follow-up', '${j}', 300)`);
    await followUpsDone();
    const done = [...first.records().slice(from.first), ...second.records().slice(from.second)].filter(
      (r) => r.msg === 'job done' && (r.job as { queue: string }).queue === 'follow-up',
    );
    const keys = done.map((r) => (r.job as { key: string }).key).sort();
    expect(keys).toEqual(jurisdictions);
  });
});
