/**
 * `veza backup` and `veza restore` on the engine the tests run on: the backup holds nothing readable,
 * restores into an empty database where users sign in and see what they saw, and a restore refuses,
 * saying why, a file made with another key, a damaged, truncated or altered file, and a database
 * that is not empty.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PersonInput } from '@veza/core';
import { buildApp } from '@veza/server';
import { actorOf, withActor } from '@veza/server/access';
import { loadConfig } from '@veza/server/config';
import { type Database, openDatabase } from '@veza/server/db';
import { createPerson } from '@veza/server/search';
import { emptyTestDatabase, openTestDatabase, TEST_DEMO_PASSWORD } from '@veza/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { veza } from './testing.ts';

let dir: string;
let sourceEnv: Record<string, string>;
let key: string;
let backup: string;
const dropLater: (() => Promise<void>)[] = [];

/** Where a restore goes: an empty PGlite folder, or an empty PostgreSQL database. */
async function emptyTarget(name: string): Promise<Record<string, string>> {
  if (!process.env.VEZA_TEST_DATABASE_URL) return { VEZA_DATA_DIR: join(dir, name) };
  const empty = await emptyTestDatabase();
  dropLater.push(empty.drop);
  return { DATABASE_URL: empty.url };
}

async function openTarget(env: Record<string, string>): Promise<Database> {
  return env.DATABASE_URL
    ? openDatabase({ engine: 'postgres', url: env.DATABASE_URL, poolSize: 2 })
    : openDatabase({ engine: 'pglite', dataDir: env.VEZA_DATA_DIR! });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veza-backup-'));
  const source = await openTestDatabase({ dataDir: join(dir, 'source') });
  const investigator = await actorOf(source, 'investigator.rs');
  await withActor(source, investigator, async (ctx) => {
    await createPerson(
      ctx,
      PersonInput.parse({
        names: [{ givenNames: 'Драгослава', familyNames: 'Вукмировић' }],
        birthDate: '1979-10-02',
        phones: ['+381 63 771 2045'],
        documents: [{ type: 'passport', number: 'QX7720451', issuingCountry: 'RS' }],
      }),
    );
  });
  sourceEnv = source.env;
  // PGlite is one process's at a time: the command's.
  if (source.engine === 'pglite') await source.close();
  else dropLater.push(() => source.close());
  key = join(dir, 'backup.key');
  backup = join(dir, 'region.vezabak');
  const made = await veza(['backup-key', key]);
  expect(made.code, made.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
  for (const drop of dropLater) await drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('veza backup and restore', () => {
  it('writes a file that holds nothing readable, for its owner only', async () => {
    const { code, stdout, stderr } = await veza(['backup', backup, '--key-file', key], sourceEnv);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^Backup written to .*: \d+ tables, \d+ rows, audit chain to entry \d+;/);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(backup);
    for (const secret of ['Вукмировић', 'Vukmirovic', 'QX7720451', '637712045', 'investigator.rs'])
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
  }, 120_000);

  it('restores into an empty database: every table and the audit chain as they were, and users work', async () => {
    const target = await emptyTarget('restored');
    const { code, stdout, stderr } = await veza(['restore', backup, '--key-file', key], target);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(
      /rows as in the backup; audit chain intact, \d+ entries, ending where the backup's did/,
    );
    const database = await openTarget(target);
    const app = await buildApp({
      database,
      config: {
        ...loadConfig({
          VEZA_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
          VEZA_AUDIT_ANCHOR_FILE: 'off',
        }),
        webDistDir: null,
      },
    });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'investigator.rs', password: TEST_DEMO_PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      const cookie = login.cookies.find((c) => c.name === 'veza_session')!;
      const found = await app.inject({
        method: 'GET',
        url: `/api/search?q=${encodeURIComponent('Vukmirovic')}`,
        cookies: { veza_session: cookie.value },
      });
      expect(found.statusCode).toBe(200);
      expect(found.json().hits[0]).toMatchObject({ kind: 'person' });
      // Row-level security came back with the data: another jurisdiction sees nothing of it.
      const other = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'investigator.ba', password: TEST_DEMO_PASSWORD },
      });
      const none = await app.inject({
        method: 'GET',
        url: `/api/search?q=${encodeURIComponent('Vukmirovic')}`,
        cookies: { veza_session: other.cookies.find((c) => c.name === 'veza_session')!.value },
      });
      expect(none.json().hits).toEqual([]);
    } finally {
      await app.close();
      await database.close();
    }
  }, 120_000);

  it('refuses a database that is not empty', async () => {
    const target = await emptyTarget('occupied');
    expect((await veza(['restore', backup, '--key-file', key], target)).code).toBe(0);
    const again = await veza(['restore', backup, '--key-file', key], target);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/^veza: .*not empty: a restore goes into an empty/);
  }, 120_000);

  it('refuses a file made with another key, and says so', async () => {
    const otherKey = join(dir, 'other.key');
    await veza(['backup-key', otherKey]);
    const { code, stderr } = await veza(
      ['restore', backup, '--key-file', otherKey],
      await emptyTarget('wrong-key'),
    );
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /was made with another key \(key id [0-9a-f]{16}; the key given is [0-9a-f]{16}\)/,
    );
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a damaged or truncated file by its checksum, and an altered one by its tag', async () => {
    const bytes = readFileSync(backup);
    const damaged = join(dir, 'damaged.vezabak');
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(damaged, flipped);
    const truncated = join(dir, 'truncated.vezabak');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 1000));
    for (const file of [damaged, truncated]) {
      const { code, stderr } = await veza(['restore', file, '--key-file', key], await emptyTarget('damaged'));
      expect(code, file).toBe(3);
      expect(stderr).toMatch(/is damaged or incomplete: its checksum does not match/);
    }
    // Altered by someone who recomputed the checksum: the key's tag still refuses it.
    const altered = Buffer.from(flipped);
    createHash('sha256')
      .update(altered.subarray(0, altered.length - 32))
      .digest()
      .copy(altered, altered.length - 32);
    const forged = join(dir, 'forged.vezabak');
    writeFileSync(forged, altered);
    const target = await emptyTarget('forged');
    const { code, stderr } = await veza(['restore', forged, '--key-file', key], target);
    expect(code).toBe(3);
    expect(stderr).toMatch(/does not open with this key, or was altered after it was made/);
    // And nothing was restored.
    const folder = target.VEZA_DATA_DIR;
    if (folder) expect(() => statSync(join(folder, 'PG_VERSION'))).toThrow();
  }, 120_000);

  it('asks for the key in one line when none is given', async () => {
    const { code, stderr } = await veza(['backup', join(dir, 'x.vezabak')], {
      ...sourceEnv,
      VEZA_BACKUP_KEY_FILE: '',
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^veza: give the backup key: --key-file FILE or VEZA_BACKUP_KEY_FILE/);
  });
});

describe.runIf(!process.env.VEZA_TEST_DATABASE_URL)('the embedded data folder', () => {
  it('is refused to a command while a server has it open, and taken over once that process is gone', async () => {
    const folder = join(dir, 'held');
    const held = await openDatabase({ engine: 'pglite', dataDir: folder });
    try {
      const refused = await veza(['backup', join(dir, 'held.vezabak'), '--key-file', key], {
        VEZA_DATA_DIR: folder,
      });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(
        new RegExp(
          `^veza: the data folder .*held is in use by another Veza process \\(pid ${process.pid}\\): stop it first`,
        ),
      );
    } finally {
      await held.close();
    }
    // A lock left by a process that died (kill -9) does not stand in the way.
    writeFileSync(join(folder, 'veza.lock'), '999999999');
    const taken = await veza(['backup', join(dir, 'held.vezabak'), '--key-file', key], {
      VEZA_DATA_DIR: folder,
    });
    expect(taken.code, taken.stderr).toBe(0);
  }, 120_000);
});
