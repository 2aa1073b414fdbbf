/**
 * Reference data that comes with the code rather than with a migration: the shipped screening
 * instrument, in every jurisdiction that does not have that version yet. Run after every
 * migration; it changes nothing that is already there (a published version never changes).
 */
import { JURISDICTIONS } from '@veza/core';
import { RAPID_SCREENING_V1 } from '@veza/core/rapid-screening';
import type { Database } from './connection.ts';
import { instruments } from './schema.ts';

export async function ensureReferenceData(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx
      .insert(instruments)
      .values(
        JURISDICTIONS.map((jurisdiction) => ({
          jurisdiction,
          key: RAPID_SCREENING_V1.id,
          version: RAPID_SCREENING_V1.version,
          definition: RAPID_SCREENING_V1,
        })),
      )
      .onConflictDoNothing();
  });
}
