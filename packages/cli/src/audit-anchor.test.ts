/**
 * The audit chain's anchors: entries removed from the end of the chain leave a chain that is still
 * whole (plain `veza audit verify` cannot tell), and `veza audit verify --anchor FILE` names the
 * anchored entry that is gone. A forged anchor, or one signed by another key when one is pinned, is
 * refused.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PersonInput } from '@veza/core';
import { actorOf, withActor } from '@veza/server/access';
import { createPerson } from '@veza/server/search';
import { openTestDatabase, type TestDatabase } from '@veza/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOwner, veza } from './testing.ts';

let dir: string;
let database: TestDatabase;
let env: Record<string, string>;
let anchors: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veza-anchor-'));
  database = await openTestDatabase({ dataDir: join(dir, 'data') });
  anchors = join(dir, 'elsewhere', 'anchors.jsonl');
  env = {
    ...database.env,
    VEZA_AUDIT_ANCHOR_KEY_FILE: join(dir, 'anchor.key'),
    VEZA_AUDIT_ANCHOR_FILE: anchors,
  };
  // A chain of some length: each person recorded is an audit entry.
  const investigator = await actorOf(database, 'investigator.al');
  await withActor(database, investigator, async (ctx) => {
    for (const family of ['Hoxha', 'Krasniqi', 'Berisha', 'Gashi', 'Shala', 'Morina'])
      await createPerson(ctx, PersonInput.parse({ names: [{ givenNames: 'Arta', familyNames: family }] }));
  });
  if (database.engine === 'pglite') await database.close();
});
afterAll(async () => {
  if (database.engine === 'postgres') await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const sql = (text: string) => asOwner(database, join(dir, 'data'), text);

describe('veza audit verify --anchor', () => {
  it('finds the anchored entries, and names the one removed from the end of the chain', async () => {
    const anchored = await veza(['audit', 'anchor'], env);
    expect(anchored.code, anchored.stderr).toBe(0);
    const [line] = readFileSync(anchors, 'utf8').trim().split('\n');
    const anchor = JSON.parse(line!) as { seq: number; hash: string; publicKey: string };
    expect(anchor.seq).toBeGreaterThan(3);
    expect(statSync(join(dir, 'anchor.key')).mode & 0o777).toBe(0o600);

    const intact = await veza(
      ['audit', 'verify', '--anchor', anchors, '--public-key', anchor.publicKey],
      env,
    );
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(new RegExp(`all 1 anchors found, the latest \\(entry ${anchor.seq},`));

    // Someone with the database's keys removes the last three entries.
    await sql(`alter table audit_log disable trigger user`);
    await sql(`delete from audit_log where seq > ${anchor.seq - 3}`);
    await sql(`alter table audit_log enable trigger user`);
    const unseen = await veza(['audit', 'verify'], env);
    expect(unseen.code).toBe(0);
    expect(unseen.stdout).toMatch(/Audit chain intact/);
    const seen = await veza(['audit', 'verify', '--anchor', anchors], env);
    expect(seen.code).toBe(3);
    expect(seen.stderr.trim()).toBe(
      `veza: audit chain does not match its anchors: entry ${anchor.seq}, anchored on ${(anchor as unknown as { at: string }).at}, is missing: the chain ends at entry ${anchor.seq - 3}, so entries were removed from its end`,
    );
  }, 120_000);

  it('refuses a forged anchor, and one signed by a key other than the one pinned', async () => {
    const [line] = readFileSync(anchors, 'utf8').trim().split('\n');
    const anchor = JSON.parse(line!) as { seq: number; hash: string; publicKey: string };
    const forged = join(dir, 'forged.jsonl');
    writeFileSync(forged, `${JSON.stringify({ ...anchor, seq: 2 })}\n`);
    const refused = await veza(['audit', 'verify', '--anchor', forged], env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/is not signed by the audit anchor key/);

    const otherKey = join(dir, 'other-anchor.key');
    const other = join(dir, 'other.jsonl');
    const made = await veza(['audit', 'anchor', '--to', other], {
      ...env,
      VEZA_AUDIT_ANCHOR_KEY_FILE: otherKey,
    });
    expect(made.code, made.stderr).toBe(0);
    const pinned = await veza(['audit', 'verify', '--anchor', other, '--public-key', anchor.publicKey], env);
    expect(pinned.code).toBe(3);
    expect(pinned.stderr).toMatch(/is not signed by the audit anchor key/);
    const garbled = join(dir, 'garbled.jsonl');
    writeFileSync(garbled, 'not json\n');
    const bad = await veza(['audit', 'verify', '--anchor', garbled], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/garbled\.jsonl line 1: not an anchor/);
  }, 120_000);
});
