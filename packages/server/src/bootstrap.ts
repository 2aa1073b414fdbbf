/**
 * What a database needs before Veza serves from it (its migrations, then the reference data each
 * feature ships), and the first administrator of a jurisdiction on a fresh production database.
 */
import { type AgencyType, type Jurisdiction, searchText } from '@veza/core';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from './access/audit.ts';
import { asSystem } from './access/transaction.ts';
import { type Database, migrateDatabase } from './db/connection.ts';
import { agencies, users } from './db/schema.ts';
import { checkNewPassword, hashPassword } from './features/accounts/passwords.ts';
import { ensureShippedInstruments } from './features/screening/shipped.ts';
import { Username } from './features/users/schema.ts';

/** Applies the migrations, then the shipped screening instrument where it is missing. */
export async function prepareDatabase(database: Database): Promise<void> {
  await migrateDatabase(database);
  await ensureShippedInstruments(database);
}

export async function createFirstAdmin(
  database: Database,
  input: {
    jurisdiction: Jurisdiction;
    username: string;
    displayName: string;
    agencyName: string;
    agencyType: AgencyType;
    password: string;
  },
): Promise<{ username: string; agencyName: string }> {
  const username = Username.safeParse(input.username);
  if (!username.success) throw new Error(`--username: ${username.error.issues[0]?.message}`);
  checkNewPassword(input.password, username.data, 'VEZA_NEW_PASSWORD');
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  return asSystem(database, async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username.data));
    if (taken) throw new Error(`the username ${username.data} is taken`);
    let [agency] = await tx
      .select()
      .from(agencies)
      .where(and(eq(agencies.jurisdiction, input.jurisdiction), eq(agencies.name, input.agencyName)));
    if (!agency) {
      [agency] = await tx
        .insert(agencies)
        .values({
          jurisdiction: input.jurisdiction,
          name: input.agencyName,
          type: input.agencyType,
          searchText: searchText(input.agencyName),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
    }
    const [user] = await tx
      .insert(users)
      .values({
        jurisdiction: input.jurisdiction,
        agencyId: agency!.id,
        username: username.data,
        displayName: input.displayName,
        roles: ['admin'],
        passwordHash,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      })
      .returning({ id: users.id });
    await appendAudit(tx, now, {
      actor: null,
      jurisdiction: input.jurisdiction,
      action: 'create',
      recordType: 'user',
      recordId: user!.id,
      details: { username: username.data, roles: ['admin'], via: 'veza admin create' },
    });
    return { username: username.data, agencyName: agency!.name };
  });
}
