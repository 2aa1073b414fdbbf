/**
 * The matcher's one interface: encodings in, hits out. A hit is two records of different
 * jurisdictions that are probably one person, named by their opaque references, with a score band
 * and the kinds of evidence that matched; never with content. It can run in another process: it
 * needs nothing but the encodings.
 */
import { bandOf, type ScoreBand } from '../bands.ts';
import { levelBuffer, NAME_PHONETIC } from '../compare.ts';
import type { LabelCounts } from '../labels.ts';
import { compareCandidates, DEFAULT_THRESHOLD, finishLink, type Scorer } from '../link.ts';
import type { EncodedRecord } from './encode.ts';
import { EncodedTable, encodedBlocks } from './match.ts';

export type HitBand = ScoreBand;
export type HitEvidence = 'name' | 'birth_date' | 'birth_year' | 'phone' | 'document' | 'plate';

export interface Hit {
  /** Opaque references of the two records, the lower first. */
  a: string;
  b: string;
  jurisdictionA: string;
  jurisdictionB: string;
  probability: number;
  band: HitBand;
  evidence: HitEvidence[];
  /**
   * A person hit's comparison levels as a pattern code, and its frequency adjustment: what a
   * decision on it teaches the matcher. Vehicle hits have none.
   */
  pattern?: number;
  frequency?: number;
}

/** Hits between records of different jurisdictions at or above the threshold. */
export function findHits(records: readonly EncodedRecord[], threshold = DEFAULT_THRESHOLD): Hit[] {
  return matchRegion(records, { threshold }).hits;
}

/**
 * Hits, and the scorer that found them, learning from the decisions taken on earlier hits (level
 * counts from every side: no record crosses).
 */
export function matchRegion(
  records: readonly EncodedRecord[],
  options: { threshold?: number; labels?: LabelCounts } = {},
): { hits: Hit[]; scorer: Scorer | null } {
  if (records.length < 2) return { hits: [], scorer: null };
  const table = new EncodedTable(records);
  // The matcher stands for the region's registers even while few records have reached it.
  const result = finishLink(table, [compareCandidates(table, encodedBlocks(table))], {
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    minimumPriorPairs: 1000,
    ...(options.labels && options.labels.decided.length > 0 ? { labels: options.labels } : {}),
  });
  const levels = levelBuffer();
  const hits: Hit[] = [];
  for (let k = 0; k < result.pairs.left.length; k++) {
    let i = result.pairs.left[k]!;
    let j = result.pairs.right[k]!;
    if (records[i]!.jurisdiction === records[j]!.jurisdiction) continue;
    if (records[i]!.id > records[j]!.id) [i, j] = [j, i];
    const pattern = table.compare(i, j, levels);
    const frequency = table.frequency(i, j, levels);
    const evidence: HitEvidence[] = [];
    if (levels[0]! <= NAME_PHONETIC || levels[1]! <= NAME_PHONETIC) evidence.push('name');
    if (levels[2] === 0) evidence.push('birth_date');
    else if (levels[2]! <= 4) evidence.push('birth_year');
    if (levels[5] === 0) evidence.push('phone');
    if (levels[6] === 0) evidence.push('document');
    const probability = result.pairs.probability[k]!;
    hits.push({
      a: records[i]!.id,
      b: records[j]!.id,
      jurisdictionA: records[i]!.jurisdiction,
      jurisdictionB: records[j]!.jurisdiction,
      probability,
      band: bandOf(probability),
      evidence,
      pattern,
      frequency,
    });
  }
  return { hits, scorer: result.scorer };
}
