import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/database.ts';
import { appendAudit, verifyAuditChain } from './audit.ts';
import { asSystem } from './transaction.ts';

let database: TestDatabase;
beforeEach(async () => {
  await database?.close();
  database = await openTestDatabase();
  await asSystem(database, async (tx) => {
    for (let i = 0; i < 5; i++) {
      await appendAudit(tx, new Date(Date.UTC(2026, 0, 2, 9, i)), {
        actor: null,
        jurisdiction: 'RS',
        action: 'read',
        recordType: 'person',
        recordId: `p${i}`,
        purpose: 'investigation 2026/17',
        details: { nested: { b: 2, a: 1 }, list: [1, 'two'] },
      });
    }
  });
});
afterAll(() => database.close());

describe('the audit chain', () => {
  it('verifies when untouched', async () => {
    const result = await verifyAuditChain(database);
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThanOrEqual(6);
  });

  it('catches an entry edited directly in the database, naming it', async () => {
    const { rows } = await database.owner(`select max(seq)::int as seq from audit_log`);
    const target = (rows[0]!.seq as number) - 2;
    await database.owner(`alter table audit_log disable trigger audit_log_append_only`);
    await database.owner(`update audit_log set purpose = 'curiosity' where seq = ${target}`);
    const result = await verifyAuditChain(database);
    expect(result).toMatchObject({ ok: false, seq: target });
    if (!result.ok) expect(result.problem).toMatch(/changed/);
  });

  it('catches a removed entry', async () => {
    const { rows } = await database.owner(`select max(seq)::int as seq from audit_log`);
    const target = (rows[0]!.seq as number) - 1;
    await database.owner(`alter table audit_log disable trigger audit_log_append_only`);
    await database.owner(`delete from audit_log where seq = ${target}`);
    const result = await verifyAuditChain(database);
    expect(result).toMatchObject({ ok: false, seq: target });
    if (!result.ok) expect(result.problem).toMatch(/missing/);
  });

  it('catches a rewritten entry whose hash was recomputed without its successors', async () => {
    const { rows } = await database.owner(`select seq::int as seq from audit_log order by seq limit 1`);
    const first = rows[0]!.seq as number;
    await database.owner(`alter table audit_log disable trigger audit_log_append_only`);
    await database.owner(`update audit_log set hash = repeat('a', 64) where seq = ${first}`);
    const result = await verifyAuditChain(database);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.seq).toBe(first);
  });

  it('refuses updates and deletes even from the database owner while the trigger stands', async () => {
    await expect(database.owner(`update audit_log set purpose = 'x'`)).rejects.toThrow(/append-only/);
    await expect(database.owner(`delete from audit_log`)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });
});
