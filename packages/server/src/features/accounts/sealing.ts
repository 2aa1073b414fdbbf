/**
 * Seals the TOTP secrets stored before they were sealed (or by a restore from such a time), once,
 * at start: afterwards no secret in the database opens without the key outside it.
 */
import { and, eq, isNotNull, like, notLike } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { users } from '../../db/schema.ts';
import type { SecretBox } from '../../secret-box.ts';

export async function sealTotpSecrets(database: Database, secrets: SecretBox): Promise<number> {
  return asSystem(database, async (tx) => {
    const plain = await tx
      .select({ id: users.id, secret: users.totpSecret })
      .from(users)
      .where(and(isNotNull(users.totpSecret), notLike(users.totpSecret, 'v1:%')));
    for (const { id, secret } of plain)
      await tx
        .update(users)
        .set({ totpSecret: secrets.seal(secret!, id) })
        .where(eq(users.id, id));
    return plain.length;
  });
}

/**
 * Rotating the sealing key: every sealed TOTP secret opened with the old key and sealed again with
 * the new, in one transaction (all or nothing). A secret the old key does not open stops it, naming
 * no one but the count: the old key is not the one in use.
 */
export async function resealTotpSecrets(database: Database, from: SecretBox, to: SecretBox): Promise<number> {
  return asSystem(database, async (tx) => {
    const sealed = await tx
      .select({ id: users.id, secret: users.totpSecret })
      .from(users)
      .where(and(isNotNull(users.totpSecret), like(users.totpSecret, 'v1:%')));
    for (const { id, secret } of sealed) {
      let plain: string;
      try {
        plain = from.open(secret!, id);
      } catch {
        throw new Error(
          `the old key does not open the second-factor secrets (${sealed.length} sealed): nothing was changed`,
        );
      }
      await tx
        .update(users)
        .set({ totpSecret: to.seal(plain, id) })
        .where(eq(users.id, id));
    }
    return sealed.length;
  });
}
