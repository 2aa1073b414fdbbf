import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase } from '@veza/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const VEZA = fileURLToPath(new URL('../bin/veza.js', import.meta.url));

function veza(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [VEZA, ...args],
      { env: { ...process.env, DATABASE_URL: '', ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('veza --help', () => {
  it('lists the commands', async () => {
    const { code, stdout } = await veza(['--help']);
    expect(code).toBe(0);
    for (const command of ['start', 'migrate', 'demo', 'audit', 'admin']) expect(stdout).toContain(command);
  });

  it('refuses an unknown command with a non-zero exit', async () => {
    const { code, stderr } = await veza(['frobnicate']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unknown command/);
  });
});

describe('veza audit verify', () => {
  let dir: string;
  let database: TestDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'veza-cli-'));
    database = await openTestDatabase({ dataDir: join(dir, 'data') });
  });
  afterAll(async () => {
    await database.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an intact chain, then the entry edited directly in the database', async () => {
    await database.owner(`select 1`);
    if (database.engine === 'pglite') await database.close();
    const intact = await veza(['audit', 'verify'], database.env);
    expect(intact.stderr).toBe('');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/Audit chain intact: \d+ entries/);

    if (database.engine === 'pglite')
      database = await openTestDatabase({ dataDir: join(dir, 'data'), reuse: true });
    await database.owner(`alter table audit_log disable trigger audit_log_append_only`);
    await database.owner(`update audit_log set details = '{"agencies": 1}' where seq = 1`);
    if (database.engine === 'pglite') await database.close();
    const broken = await veza(['audit', 'verify'], database.env);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/^veza: audit chain broken at entry 1: entry 1 was changed/);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('veza admin create', () => {
  it('refuses an unknown jurisdiction in one line with a non-zero exit', async () => {
    const { code, stderr } = await veza(
      ['admin', 'create', '--jurisdiction', 'XX', '--username', 'a.b', '--name', 'A B', '--agency', 'X'],
      {
        VEZA_NEW_PASSWORD: 'a long enough password',
      },
    );
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('veza: --jurisdiction: "XX" is not one of AL, BA, XK, ME, MK, RS, REG');
  });
});
