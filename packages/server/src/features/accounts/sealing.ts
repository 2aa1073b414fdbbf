/**
 * Seals the TOTP secrets stored before they were sealed (or by a restore from such a time), once,
 * at start: afterwards no secret in the database opens without the key outside it.
 */
import { and, eq, isNotNull, notLike } from 'drizzle-orm';
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
