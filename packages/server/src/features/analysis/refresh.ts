/**
 * Keeping the analysis facts current: triggers mark a case stale when it, its people, its route
 * or a person in it changes (drizzle/0033_analysis_access.sql); this recomputes the stale cases'
 * facts in batches until none is left. The analysis round runs it every half minute.
 */
import { sql } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import { type Database, rowsOf } from '../../db/connection.ts';
import { raiseWarnings } from './warnings.ts';

/** Recomputes every stale case's facts; returns how many cases. */
export async function refreshAnalysis(database: Database, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await asSystem(database, async (tx) => {
      const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select veza_refresh_analysis(${batch}) as n`));
      return Number(row?.n ?? 0);
    });
    total += done;
    if (done < batch) return total;
  }
}

const checked = new WeakMap<Database, number>();

/**
 * The analysis round: stale cases' facts recomputed, then, once an hour, the early warnings of the
 * last complete week (warnings.ts). Returns how many cases were recomputed.
 */
export async function analysisRound(database: Database, now: Date): Promise<number> {
  const refreshed = await refreshAnalysis(database);
  const last = checked.get(database);
  if (last === undefined || now.getTime() - last >= 3_600_000) {
    checked.set(database, now.getTime());
    await raiseWarnings(database, now);
  }
  return refreshed;
}
