/**
 * Why two records scored as they did: the prior and each field's weight, the names' and phone's
 * frequency shown on their fields, adding up to the total.
 */

import { type Comparer, comparerOf } from './candidates.ts';
import { LINK_FIELDS, type LinkField, levelBuffer, nameFrequencyShare, SWAPPED } from './compare.ts';
import { calibratedProbability } from './labels.ts';
import type { LinkTable } from './record.ts';
import { fieldWeights, type Scorer } from './scoring.ts';

/** The fields whose agreement is adjusted by how common the agreeing value is: the names and the phone. */
const FREQUENCY_FIELDS = [0, 1, 5] as const;

export interface FieldExplanation {
  field: LinkField;
  level: string;
  /** The field's weight in bits: log2(m / u) of its level, with the name's frequency adjustment. */
  weight: number;
}

/** Why two records scored as they did: the prior and each field's weight add up to the total. */
export interface PairExplanation {
  probability: number;
  priorWeight: number;
  totalWeight: number;
  /** probability = 1 / (1 + 2^−z), z the calibration's log-odds of totalWeight (labels.ts). */
  calibration: { knots: [number, number][] };
  /** The part of the fields' weights that comes from how common the agreeing names and phone are. */
  frequencyWeight: number;
  namesSwapped: boolean;
  fields: FieldExplanation[];
}

export function explainPair(records: LinkTable | Comparer, s: Scorer, i: number, j: number): PairExplanation {
  const table = comparerOf(records);
  const levels = levelBuffer();
  table.compare(i, j, levels);
  const w = fieldWeights(s.model, levels);
  const fields = LINK_FIELDS.map((f, index) => ({
    field: f.field,
    level: f.levels[levels[index]!]!,
    weight: w[index]!,
  }));
  // Each name's and the phone's frequency adjustment is shown on that field, the names' at the
  // share the pair's levels give them (nameFrequencyShare: less between namesakes). Each is
  // computed with the other frequency fields out of play, which also leaves the share at all.
  const one = levelBuffer();
  one.set(levels);
  const nameShare = nameFrequencyShare(levels);
  for (const field of FREQUENCY_FIELDS) {
    for (const other of FREQUENCY_FIELDS) one[other] = other === field ? levels[other]! : 99;
    fields[field]!.weight += table.frequency(i, j, one) * (field === 5 ? 1 : nameShare);
  }
  const fieldTotal = fields.reduce((sum, f) => sum + f.weight, 0);
  return {
    probability: calibratedProbability(s.calibration, s.priorWeight + fieldTotal),
    priorWeight: s.priorWeight,
    totalWeight: s.priorWeight + fieldTotal,
    calibration: { knots: s.calibration.knots },
    frequencyWeight: table.frequency(i, j, levels),
    namesSwapped: levels[SWAPPED] === 1,
    fields,
  };
}
