/**
 * The embedded database's disk fills up under `veza start`: every write is refused whole with a
 * clear 507 storage_full (never a 500, never half a record), readiness says the disk is full, and
 * the process stays up. Once space is freed it writes again by itself. Then it is killed (kill -9)
 * in the middle of a burst of writes: started again on the same folder, every write it acknowledged
 * is there, none it refused, and the audit chain is whole. The disk is a small tmpfs in a mount
 * namespace of the test's own (testing/small-disk.ts). PGlite only: PostgreSQL's disk is its
 * server's, and a server that stops writing is the restart test's (http/database-restart.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../access/audit.ts';
import { openTestDatabase } from '../testing/database.ts';
import { type HttpSession, signInOver, startVezaProcess, type VezaProcess } from '../testing/processes.ts';
import { type SmallDisk, smallDisk } from '../testing/small-disk.ts';

const onPostgres = Boolean(process.env.VEZA_TEST_DATABASE_URL);
const MiB = 1024 * 1024;

describe.skipIf(onPostgres)('a full disk under the embedded database', () => {
  let work: string;
  let disk: SmallDisk;
  let veza: VezaProcess | null = null;
  let investigator: HttpSession;
  let dataDir: string;
  /** The persons the process answered 201 for: their id and family name. */
  const acknowledged: { id: string; name: string }[] = [];
  const refused: string[] = [];

  // Each person carries about 6 kB of notes, so that the disk fills in a few dozen writes.
  const words = () => Array.from({ length: 500 }, () => Math.random().toString(36).slice(2, 12)).join(' ');
  const record = async (name: string) => {
    const answer = await investigator.post('/api/persons', {
      names: [{ givenNames: 'Disk', familyNames: name }],
      sex: 'female',
      notes: words().slice(0, 6000),
    });
    const body = (await answer.json()) as { id?: string; error?: { code: string; message: string } };
    if (answer.status === 201) acknowledged.push({ id: body.id!, name });
    return { status: answer.status, body };
  };
  const ready = async () => (await fetch(`${veza!.url}/api/health/ready`)).json();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'veza-disk-full-'));
    const seed = join(work, 'seed');
    await (await openTestDatabase({ dataDir: seed })).close();
    const seedMiB = Number(execFileSync('du', ['-sm', seed], { encoding: 'utf8' }).split('\t')[0]);
    disk = await smallDisk(seedMiB + 96);
    dataDir = join(disk.dir, 'data');
    disk.run(`cp -a "${seed}" "${dataDir}"`);
    veza = await startVezaProcess({ VEZA_DATA_DIR: dataDir }, { within: disk.within });
    investigator = await signInOver(veza.url, 'investigator.al');
  }, 180_000);
  afterAll(async () => {
    await veza?.stop();
    await disk?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('refuses every write whole with 507 storage_full once the disk is full, and stays up', async () => {
    expect((await record('Before')).status).toBe(201);
    expect((await ready()).storage).toMatchObject({ status: 'low' });

    // Leave half a megabyte: the next few writes fit, then none does.
    disk.run(`fallocate -l ${disk.freeBytes() - MiB / 2} "${disk.dir}/filler"`);
    const statuses: number[] = [];
    for (let i = 0; i < 400 && statuses.filter((s) => s === 507).length < 5; i++) {
      const { status, body } = await record(`Full${i}`);
      statuses.push(status);
      if (status !== 201) {
        refused.push(`Full${i}`);
        expect(status, JSON.stringify(body)).toBe(507);
        expect(body.error).toMatchObject({ code: 'storage_full' });
        expect(body.error!.message).toMatch(/storage is full: nothing was saved/);
      }
    }
    expect(statuses.filter((s) => s === 507).length).toBe(5);
    expect(statuses.every((s) => s === 201 || s === 507)).toBe(true);
    expect(veza!.child.exitCode).toBeNull();
    const full = await ready();
    expect(full.status).toBe('ready');
    expect(full.storage.status).toBe('full');
    const logged = veza!
      .records()
      .filter((r) => r.msg === 'the disk is full: writes fail until space is freed');
    expect(logged.length).toBeGreaterThanOrEqual(5);
  });

  it('writes again by itself once space is freed', async () => {
    disk.run(`rm "${disk.dir}/filler"`);
    expect((await record('Freed')).status).toBe(201);
    expect((await ready()).storage.status).not.toBe('full');
  });

  it('killed in the middle of writes, keeps every write it acknowledged and nothing it refused', async () => {
    const burst = Array.from({ length: 24 }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 15));
      try {
        await record(`Burst${i}`);
      } catch {
        // Cut off by the kill: it may or may not have committed.
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await veza!.killHard();
    await Promise.all(burst);

    veza = await startVezaProcess({ VEZA_DATA_DIR: dataDir }, { within: disk.within });
    investigator = await signInOver(veza.url, 'investigator.al');
    expect(acknowledged.filter((a) => a.name.startsWith('Burst')).length).toBeGreaterThan(0);
    expect(acknowledged.filter((a) => a.name.startsWith('Burst')).length).toBeLessThan(24);
    for (const { id } of acknowledged) {
      const answer = await investigator.get(`/api/persons/${id}?purpose=checking%20the%20disk%20test`);
      expect(answer.status, id).toBe(200);
    }
    await veza.stop();
    veza = null;

    // The folder itself, opened as the owner: the persons, and the audit chain.
    const copy = join(work, 'after');
    disk.run(`cp -a "${dataDir}" "${copy}"`);
    const database = await openTestDatabase({ dataDir: copy, reuse: true });
    try {
      const { rows } = await database.owner(
        `select n.family_names as family from person_names n join persons p on p.id = n.person_id where n.given_names = 'Disk'`,
      );
      const stored = rows.map((r) => String(r.family));
      for (const { name } of acknowledged) expect(stored).toContain(name);
      for (const name of refused) expect(stored).not.toContain(name);
      // Before the kill, exactly what was acknowledged; of the burst, whatever committed before it
      // (an answer may have been lost with the process), each once.
      expect(stored.filter((f) => !f.startsWith('Burst')).sort()).toEqual(
        acknowledged
          .filter((a) => !a.name.startsWith('Burst'))
          .map((a) => a.name)
          .sort(),
      );
      expect(new Set(stored).size).toBe(stored.length);
      const chain = await verifyAuditChain(database);
      expect(chain).toMatchObject({ ok: true });
    } finally {
      await database.close();
    }
  });
});
