/**
 * The follow-up in its worker thread (PostgreSQL): the same report as on the main thread, an error
 * that crosses back with its code, and a thread that dies failing what it ran and replaced by the
 * next follow-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/database.ts';
import { FollowUpThread, followUp } from './follow-up.ts';

const onPostgres = Boolean(process.env.VEZA_TEST_DATABASE_URL);
const SECRET = new TextEncoder().encode('a regional secret for the follow-up thread test');

describe.runIf(onPostgres)('the follow-up in a worker thread', () => {
  let database: TestDatabase;
  let thread: FollowUpThread;
  beforeAll(async () => {
    database = await openTestDatabase();
    thread = new FollowUpThread({ url: database.env.DATABASE_URL!, secret: SECRET });
  });
  afterAll(async () => {
    await thread?.close();
    await database?.close();
  });

  it('reports what the main thread reports, and keeps the hits as they are', async () => {
    const here = await followUp(database, 'ME', SECRET);
    const hits = await database.owner(`select count(*)::int as n from hits`);
    const there = await thread.run('ME');
    expect(there.duplicates).toEqual({ ...here.duplicates, added: 0, dropped: 0 });
    expect(there.hits).toMatchObject({ jurisdiction: 'ME', hits: here.hits!.hits, added: 0 });
    expect((await database.owner(`select count(*)::int as n from hits`)).rows).toEqual(hits.rows);
  });

  it('answers an error with its message and code', async () => {
    await database.owner('alter table person_duplicates rename to person_duplicates_away');
    try {
      await expect(thread.run('ME')).rejects.toMatchObject({ code: '42P01' });
    } finally {
      await database.owner('alter table person_duplicates_away rename to person_duplicates');
    }
    await expect(thread.run('ME')).resolves.toMatchObject({ duplicates: { jurisdiction: 'ME' } });
  });

  it('fails what a dying thread ran, and starts another for the next', async () => {
    await database.owner('begin');
    await database.owner('lock table person_duplicates in access exclusive mode');
    const doomed = thread.run('XK');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(doomed).rejects.toThrow(/worker thread stopped/);
    await database.owner('commit');
    await expect(thread.run('XK')).resolves.toMatchObject({ duplicates: { jurisdiction: 'XK' } });
  });
});
