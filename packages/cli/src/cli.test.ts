import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorOf, withActor } from '@veza/server/access';
import { createCase } from '@veza/server/cases';
import { openTestDatabase, type TestDatabase } from '@veza/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { veza } from './testing.ts';

describe('veza --help', () => {
  it('lists the commands', async () => {
    const { code, stdout } = await veza(['--help']);
    expect(code).toBe(0);
    for (const command of ['start', 'migrate', 'demo', 'import', 'export', 'import-htcds', 'audit', 'admin'])
      expect(stdout).toContain(command);
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

describe('veza import', () => {
  let dir: string;
  let env: Record<string, string>;
  let imported: TestDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'veza-import-'));
    imported = await openTestDatabase({ dataDir: join(dir, 'data') });
    env = imported.env;
    // PGlite lives in one process at a time: the CLI's. A PostgreSQL test database stays open until the end.
    if (imported.engine === 'pglite') await imported.close();
    writeFileSync(
      join(dir, 'map.json'),
      JSON.stringify({
        target: 'persons',
        sourceKey: 'ID',
        columns: { givenNames: 'Given', familyNames: 'Family', birthDate: 'Born', phone: 'Phone' },
        dateFormat: 'day_first',
      }),
    );
    writeFileSync(
      join(dir, 'people.csv'),
      'ID,Given,Family,Born,Phone\nK1,Marko,Đorđević,02.05.1984,064 123 4567\nK2,Reza,Ahmadi,31.02.2007,\nK3,Elira,Krasniqi,1990,\nK4,МАРКО,ЂОРЂЕВИЋ,02.05.1984,+381641234567\n',
    );
  });
  afterAll(async () => {
    if (imported.engine === 'postgres') await imported.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file with a bad row, naming the row, and imports nothing', async () => {
    const { code, stdout, stderr } = await veza(
      ['import', join(dir, 'people.csv'), '--mapping', join(dir, 'map.json'), '--user', 'investigator.rs'],
      env,
    );
    expect(code).toBe(4);
    expect(stderr).toMatch(/people\.csv line 3: Born: /);
    expect(stdout).toMatch(/4 rows: 0 imported, 0 already imported, 1 rejected \(refused\)/);
  });

  it('imports the good rows with --skip-bad, and nothing more the second time', async () => {
    const args = [
      'import',
      join(dir, 'people.csv'),
      '--mapping',
      join(dir, 'map.json'),
      '--user',
      'investigator.rs',
      '--skip-bad',
    ];
    const first = await veza(args, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/4 rows: 3 imported, 0 already imported, 1 rejected/);
    // The same man in Latin and in Cyrillic letters: found as a possible duplicate before exiting.
    expect(first.stdout).toMatch(/Possible duplicates in RS: 1 among 3 persons \(1 new\)/);
    const second = await veza(args, env);
    expect(second.stdout).toMatch(/4 rows: 0 imported, 3 already imported, 1 rejected/);
    expect(second.stdout).not.toMatch(/Possible duplicates/);
  }, 60_000);

  it('stops on a malformed file naming the file and line, and on a bad mapping, with one line', async () => {
    writeFileSync(join(dir, 'broken.csv'), 'ID,Given\nA,"unclosed\n');
    const broken = await veza(
      ['import', join(dir, 'broken.csv'), '--mapping', join(dir, 'map.json'), '--user', 'investigator.rs'],
      env,
    );
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/broken\.csv/);
    writeFileSync(join(dir, 'bad-map.json'), JSON.stringify({ target: 'persons', columns: {} }));
    const badMap = await veza(
      [
        'import',
        join(dir, 'people.csv'),
        '--mapping',
        join(dir, 'bad-map.json'),
        '--user',
        'investigator.rs',
      ],
      env,
    );
    expect(badMap.code).toBe(2);
    // The row identifier may be left out; the names may not.
    expect(badMap.stderr).toMatch(/bad-map\.json: columns\.givenNames/);
  });
});

describe('veza export and veza import-htcds', () => {
  let dir: string;
  let env: Record<string, string>;
  let database: TestDatabase;
  let reference: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'veza-htcds-'));
    database = await openTestDatabase({ dataDir: join(dir, 'data') });
    env = database.env;
    const actor = await actorOf(database, 'investigator.rs');
    reference = (
      await withActor(database, actor, (ctx) =>
        createCase(ctx, {
          type: 'smuggling',
          status: 'open',
          openedOn: '2026-07-01',
          title: 'Exported by the CLI',
          handlingCode: 'H0',
          modusOperandi: [],
          exploitationTypes: [],
        }),
      )
    ).reference;
    if (database.engine === 'pglite') await database.close();
  });
  afterAll(async () => {
    if (database.engine === 'postgres') await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a case as HTCDS and imports it in another jurisdiction, once', async () => {
    const exported = await veza(
      ['export', reference, '--user', 'investigator.rs', '--purpose', 'sharing with BA'],
      env,
    );
    expect(exported.code, exported.stderr).toBe(0);
    const document = JSON.parse(exported.stdout);
    expect(document).toMatchObject({ standard: 'HTCDS', cases: [{ cas_CaseId: reference }] });
    writeFileSync(join(dir, 'case.json'), exported.stdout);
    const first = await veza(['import-htcds', join(dir, 'case.json'), '--user', 'investigator.ba'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^${reference} → BA-2026-\\d{4}`));
    const second = await veza(['import-htcds', join(dir, 'case.json'), '--user', 'investigator.ba'], env);
    expect(second.stdout.trim()).toBe(`${reference}: already imported`);
  }, 60_000);

  it('refuses a case the user may not read, in one line', async () => {
    const refused = await veza(
      ['export', reference, '--user', 'investigator.al', '--purpose', 'curious'],
      env,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(`veza: no case ${reference} that investigator.al may read`);
  });
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
