/**
 * Opening a protected record through the access layer: the read that the policy allows is in the
 * audit chain with its purpose, in the same transaction; one it refuses leaves no entry and says
 * "not found" or "forbidden" as the policy decides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/database.ts';
import { actorOf } from './actors.ts';
import { investigationPolicy } from './policies/investigation.ts';
import { openRecord } from './reads.ts';
import { withActor } from './transaction.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function readsOf(recordId: string) {
  const { rows } = await database.owner(
    `select actor_username, purpose, outcome from audit_log where action = 'read' and record_id = '${recordId}'`,
  );
  return rows;
}

describe('openRecord', () => {
  it('writes the read the policy allows to the audit chain, with its purpose', async () => {
    const investigator = await actorOf(database, 'investigator.rs');
    const record = { id: 'rec-allowed', jurisdiction: 'RS' };
    const opened = await withActor(database, investigator, (ctx) =>
      openRecord(ctx, investigationPolicy, record, 'Person', {
        recordType: 'person',
        recordId: record.id,
        purpose: 'investigation 2026/31',
      }),
    );
    expect(opened).toBe(record);
    expect(await readsOf(record.id)).toEqual([
      { actor_username: 'investigator.rs', purpose: 'investigation 2026/31', outcome: 'success' },
    ]);
  });

  it('refuses what the policy refuses and leaves no entry', async () => {
    const screener = await actorOf(database, 'screener.rs');
    const ownJurisdiction = { id: 'rec-screener', jurisdiction: 'RS' };
    await expect(
      withActor(database, screener, (ctx) =>
        openRecord(ctx, investigationPolicy, ownJurisdiction, 'Person', {
          recordType: 'person',
          recordId: ownJurisdiction.id,
        }),
      ),
    ).rejects.toMatchObject({ code: 'not_found', message: 'Person not found' });
    const investigator = await actorOf(database, 'investigator.mk');
    const elsewhere = { id: 'rec-elsewhere', jurisdiction: 'RS' };
    await expect(
      withActor(database, investigator, (ctx) =>
        openRecord(ctx, investigationPolicy, elsewhere, 'Person', {
          recordType: 'person',
          recordId: elsewhere.id,
        }),
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      withActor(database, investigator, (ctx) =>
        openRecord(ctx, investigationPolicy, undefined, 'Person', {
          recordType: 'person',
          recordId: 'nothing',
        }),
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await readsOf(ownJurisdiction.id)).toEqual([]);
    expect(await readsOf(elsewhere.id)).toEqual([]);
  });
});
