/**
 * The second wall: even a service call that forgets the access filter cannot read, change or delete
 * another jurisdiction's rows, because the transaction runs as the application role under RLS.
 */

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog, contactPoints, users } from '../db/schema.ts';
import { demoAccounts } from '../demo/seed.ts';
import { openTestDatabase, type TestDatabase } from '../testing/database.ts';
import type { Actor } from './actor.ts';
import { withActor } from './transaction.ts';

let database: TestDatabase;
let serbianAdmin: Actor;
beforeAll(async () => {
  database = await openTestDatabase();
  const [row] = await database.db.select().from(users).where(eq(users.username, 'admin.rs'));
  serbianAdmin = {
    userId: row!.id,
    username: row!.username,
    jurisdiction: 'RS',
    agencyId: row!.agencyId,
    roles: ['admin'],
  };
});
afterAll(() => database.close());

const asSerbianAdmin = <T>(work: Parameters<typeof withActor<T>>[2]) =>
  withActor(database, serbianAdmin, work);

describe('row-level security', () => {
  it("hides another jurisdiction's users from a query without any filter", async () => {
    const seen = await asSerbianAdmin(({ tx }) =>
      tx.select({ jurisdiction: users.jurisdiction }).from(users),
    );
    expect(seen.length).toBe(demoAccounts().filter((a) => a.jurisdiction === 'RS').length);
    expect(new Set(seen.map((u) => u.jurisdiction))).toEqual(new Set(['RS']));
    const albanian = await asSerbianAdmin(({ tx }) =>
      tx.select().from(users).where(eq(users.jurisdiction, 'AL')),
    );
    expect(albanian).toEqual([]);
  });

  it("does not let an unfiltered update or delete touch another jurisdiction's rows", async () => {
    const changed = await asSerbianAdmin(({ tx }) =>
      tx
        .update(contactPoints)
        .set({ name: 'overwritten' })
        .where(eq(contactPoints.jurisdiction, 'AL'))
        .returning({ id: contactPoints.id }),
    );
    expect(changed).toEqual([]);
    const disabled = await asSerbianAdmin(({ tx }) =>
      tx
        .update(users)
        .set({ disabledAt: new Date() })
        .where(eq(users.jurisdiction, 'AL'))
        .returning({ id: users.id }),
    );
    expect(disabled).toEqual([]);
    const deleted = await asSerbianAdmin(({ tx }) =>
      tx
        .delete(contactPoints)
        .where(eq(contactPoints.jurisdiction, 'AL'))
        .returning({ id: contactPoints.id }),
    );
    expect(deleted).toEqual([]);
    const { rows } = await database.owner(
      `select count(*)::int as n from contact_points where jurisdiction = 'AL' and name <> 'overwritten'`,
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    const { rows: active } = await database.owner(
      `select count(*)::int as n from users where jurisdiction = 'AL' and disabled_at is null`,
    );
    expect(active[0]!.n).toBe(demoAccounts().filter((a) => a.jurisdiction === 'AL').length);
  });

  it('refuses to insert a row into another jurisdiction', async () => {
    await expect(
      asSerbianAdmin(({ tx }) =>
        tx
          .insert(agencies)
          .values({ jurisdiction: 'AL', name: 'Planted', type: 'police', searchText: 'planted' }),
      ),
    ).rejects.toThrow();
    const { rows } = await database.owner(`select count(*)::int as n from agencies where name = 'Planted'`);
    expect(rows[0]!.n).toBe(0);
  });

  it("hides another jurisdiction's audit entries and refuses any write to the log", async () => {
    const entries = await asSerbianAdmin(({ tx }) =>
      tx.select({ jurisdiction: auditLog.jurisdiction }).from(auditLog),
    );
    expect(entries.every((e) => e.jurisdiction === 'RS')).toBe(true);
    await expect(asSerbianAdmin(({ tx }) => tx.execute(sql`delete from audit_log`))).rejects.toThrow();
    await expect(
      asSerbianAdmin(({ tx }) => tx.execute(sql`update audit_log set action = 'x'`)),
    ).rejects.toThrow();
  });

  it('gives a transaction without an actor nothing at all', async () => {
    const seen = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role veza_app`);
      return tx.select().from(contactPoints);
    });
    expect(seen).toEqual([]);
  });
});
