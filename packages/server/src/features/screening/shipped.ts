/**
 * The screening instruments that come with the code rather than with a migration, in every
 * jurisdiction that does not have that version yet. Run after every migration (prepareDatabase of
 * bootstrap.ts); it changes nothing that is already there (a published version never changes).
 */
import { JURISDICTIONS } from '@veza/core';
import { RAPID_SCREENING_V1 } from '@veza/core/rapid-screening';
import { RAPID_SCREENING_V2 } from '@veza/core/rapid-screening-v2';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { instruments } from '../../db/schema.ts';

/** The versions that come with the code, oldest first; new screenings use the newest. */
export const SHIPPED_INSTRUMENTS = [RAPID_SCREENING_V1, RAPID_SCREENING_V2] as const;

export async function ensureShippedInstruments(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (const shipped of SHIPPED_INSTRUMENTS) {
      // Usually all there: ask which jurisdictions lack it before sending the instrument at all.
      const present = new Set(
        (
          await tx
            .select({ jurisdiction: instruments.jurisdiction })
            .from(instruments)
            .where(and(eq(instruments.key, shipped.id), eq(instruments.version, shipped.version)))
        ).map((r) => r.jurisdiction),
      );
      const missing = JURISDICTIONS.filter((j) => !present.has(j));
      if (missing.length === 0) continue;
      // A jurisdiction whose coordinators published their own version with this number keeps theirs.
      await tx
        .insert(instruments)
        .values(
          missing.map((jurisdiction) => ({
            jurisdiction,
            key: shipped.id,
            version: shipped.version,
            definition: shipped,
          })),
        )
        .onConflictDoNothing();
    }
  });
}
