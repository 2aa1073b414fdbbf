/**
 * The screening instrument that comes with the code rather than with a migration, in every
 * jurisdiction that does not have that version yet. Run after every migration (prepareDatabase of
 * bootstrap.ts); it changes nothing that is already there (a published version never changes).
 */
import { JURISDICTIONS } from '@veza/core';
import { RAPID_SCREENING_V1 } from '@veza/core/rapid-screening';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { instruments } from '../../db/schema.ts';

export async function ensureShippedInstruments(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    // Usually all there: ask which jurisdictions lack it before sending the instrument at all.
    const present = new Set(
      (
        await tx
          .select({ jurisdiction: instruments.jurisdiction })
          .from(instruments)
          .where(
            and(
              eq(instruments.key, RAPID_SCREENING_V1.id),
              eq(instruments.version, RAPID_SCREENING_V1.version),
            ),
          )
      ).map((r) => r.jurisdiction),
    );
    const missing = JURISDICTIONS.filter((j) => !present.has(j));
    if (missing.length === 0) return;
    await tx
      .insert(instruments)
      .values(
        missing.map((jurisdiction) => ({
          jurisdiction,
          key: RAPID_SCREENING_V1.id,
          version: RAPID_SCREENING_V1.version,
          definition: RAPID_SCREENING_V1,
        })),
      )
      .onConflictDoNothing();
  });
}
