/**
 * `veza import` killed (kill -9) in the middle of its file keeps nothing of it: the import is one
 * transaction, which PostgreSQL rolls back when its process dies; run again, the file is imported
 * whole, once. The test holds a lock the import needs halfway, so that it is surely in the middle
 * when killed. PostgreSQL (the round of .ci/run that runs on a server).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase } from '@veza/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VEZA, veza } from './testing.ts';

const onPostgres = Boolean(process.env.VEZA_TEST_DATABASE_URL);

describe.runIf(onPostgres)('veza import killed in the middle', () => {
  let dir: string;
  let database: TestDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'veza-import-kill-'));
    database = await openTestDatabase();
    writeFileSync(
      join(dir, 'map.json'),
      JSON.stringify({
        target: 'persons',
        sourceKey: 'ID',
        columns: { givenNames: 'Given', familyNames: 'Family', birthDate: 'Born', phone: 'Phone' },
        dateFormat: 'day_first',
      }),
    );
    // Forty rows; the first phone comes at row 21, after twenty persons are written.
    const rows = Array.from({ length: 40 }, (_, i) =>
      [
        `KX${i + 1}`,
        i % 2 ? 'Arben' : 'Артан',
        `Gashi${i}`,
        `${String((i % 27) + 1).padStart(2, '0')}.03.1990`,
        i >= 20 ? `+38344${String(100000 + i)}` : '',
      ].join(','),
    );
    writeFileSync(join(dir, 'register.csv'), `ID,Given,Family,Born,Phone\n${rows.join('\n')}\n`);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async () =>
    Number(
      (
        (await database.owner(`select count(*)::int as n from person_names where family_names like 'Gashi%'`))
          .rows[0] as { n: number }
      ).n,
    );

  it('keeps nothing of the killed import, and imports the file once when run again', async () => {
    const args = [
      'import',
      join(dir, 'register.csv'),
      '--mapping',
      join(dir, 'map.json'),
      '--user',
      'investigator.xk',
    ];
    await database.owner('begin');
    await database.owner('lock table person_phones in access exclusive mode');
    const child = spawn(process.execPath, [VEZA, ...args], {
      env: { PATH: process.env.PATH ?? '', ...database.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Wait until the import waits for the lock: it has written persons it has not committed.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await database.owner(
        `select count(*)::int as n from pg_locks where relation = 'person_phones'::regclass and not granted`,
      );
      if ((rows[0] as { n: number }).n > 0) break;
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`the import never reached the phones (exit ${child.exitCode}): ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    await exited;
    await database.owner('commit');
    // PostgreSQL ends the dead client's transaction: give it a moment to notice.
    for (let i = 0; i < 50; i++) {
      const { rows } = await database.owner(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
      );
      if ((rows[0] as { n: number }).n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await count()).toBe(0);
    const { rows: queued } = await database.owner(`select count(*)::int as n from jobs where key = 'XK'`);
    expect((queued[0] as { n: number }).n).toBe(0);

    const again = await veza(args, database.env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/40 rows: 40 imported, 0 already imported/);
    expect(await count()).toBe(40);
    // Once more: nothing new.
    const third = await veza(args, database.env);
    expect(third.stdout).toMatch(/40 rows: 0 imported, 40 already imported/);
    expect(await count()).toBe(40);
  }, 120_000);
});
