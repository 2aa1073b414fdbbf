/** `veza secrets reseal`: the second-factor secrets move from the old key to the new, all or nothing. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SecretBox, secretBoxFromFile } from '@veza/server/secret-box';
import { openTestDatabase, type TestDatabase } from '@veza/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOwner, veza } from './testing.ts';

let dir: string;
let database: TestDatabase;
const SECRET = 'JBSWY3DPEHPK3PXP';

const owner = (text: string) => asOwner(database, join(dir, 'data'), text);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veza-reseal-'));
  database = await openTestDatabase({ dataDir: join(dir, 'data') });
  if (database.engine === 'pglite') await database.close();
});
afterAll(async () => {
  if (database.engine === 'postgres') await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('veza secrets reseal', () => {
  it('opens every sealed secret with the old key and seals it with the new; a wrong old key changes nothing', async () => {
    const oldFile = join(dir, 'old.key');
    writeFileSync(oldFile, randomBytes(32).toString('base64'));
    const old = secretBoxFromFile(oldFile);
    const { rows } = await owner(
      `select id, username from users where username in ('investigator.rs', 'coordinator.ba')`,
    );
    for (const { id } of rows as { id: string }[])
      await owner(`update users set totp_secret = '${old.seal(SECRET, id)}' where id = '${id}'`);

    const wrongFile = join(dir, 'wrong.key');
    writeFileSync(wrongFile, randomBytes(32).toString('base64'));
    const newFile = join(dir, 'new.key');
    const env = { ...database.env, VEZA_SECRET_KEY_FILE: newFile, VEZA_SECRET_KEY: '' };
    const refused = await veza(['secrets', 'reseal', '--old-key-file', wrongFile], env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(
      /^veza: the old key does not open the second-factor secrets .*nothing was changed/,
    );
    const unchanged = (await owner(`select id, totp_secret from users where totp_secret is not null`))
      .rows as {
      id: string;
      totp_secret: string;
    }[];
    expect(unchanged).toHaveLength(2);
    for (const row of unchanged) expect(old.open(row.totp_secret, row.id)).toBe(SECRET);

    const done = await veza(['secrets', 'reseal', '--old-key-file', oldFile], env);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/Sealed 2 second-factor secrets again under the new key/);
    const fresh: SecretBox = secretBoxFromFile(newFile);
    const resealed = (await owner(`select id, totp_secret from users where totp_secret is not null`))
      .rows as {
      id: string;
      totp_secret: string;
    }[];
    for (const row of resealed) {
      expect(fresh.open(row.totp_secret, row.id)).toBe(SECRET);
      expect(() => old.open(row.totp_secret, row.id)).toThrow();
    }
  }, 120_000);
});
