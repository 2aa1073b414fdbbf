/**
 * Investigators' decisions on pairs of records of a table, turned into the level counts the model
 * learns from (labels.ts): each pair is compared as the engine compares it now.
 */
import { levelBuffer } from './compare.ts';
import { countLabel, emptyLabelCounts, type LabelCounts } from './labels.ts';
import { CONTEXTS, type Comparer, comparerOf, contextOf } from './link.ts';
import type { LinkTable } from './record.ts';

export interface Decision {
  /** Indexes of the two records in the table. */
  left: number;
  right: number;
  samePerson: boolean;
}

export function countDecisions(records: LinkTable | Comparer, decisions: readonly Decision[]): LabelCounts {
  const table = comparerOf(records);
  const levels = levelBuffer();
  const counts = emptyLabelCounts(CONTEXTS.length);
  for (const d of decisions) {
    const pattern = table.compare(d.left, d.right, levels);
    const frequency = table.frequency(d.left, d.right, levels);
    countLabel(counts, levels, contextOf(levels), d.samePerson, pattern, frequency);
  }
  return counts;
}
