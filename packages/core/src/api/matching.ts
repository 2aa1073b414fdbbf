import { z } from 'zod';

const LevelWeight = z.object({ level: z.string(), m: z.number(), u: z.number(), weight: z.number() });
export const FieldWeights = z.object({ field: z.string(), levels: z.array(LevelWeight) });

/**
 * How the model's weight of a pair becomes its score once decisions calibrate it: straight lines
 * between the knots [weight, log-odds] in bits, slope 1 beyond them; none: the model's own.
 */
export const Calibration = z.object({
  knots: z.array(z.tuple([z.number(), z.number()])),
  pairs: z.number().int(),
});

export const ModelVersion = z.object({
  id: z.uuid(),
  version: z.number().int(),
  active: z.boolean(),
  /** learnt (from decisions, or the first estimate) or restored (an earlier version brought back). */
  reason: z.enum(['learnt', 'restored']),
  /** The version number a restored version copies. */
  restoredFrom: z.number().int().nullable(),
  learningPaused: z.boolean(),
  sameDecisions: z.number().int(),
  differentDecisions: z.number().int(),
  records: z.number().int(),
  estimatedAt: z.string(),
  /** The user who brought the version in; null when the system learnt it after decisions. */
  changedBy: z.string().nullable(),
});

export const MatchingModelView = z.object({
  /** The version in use, with its weights; null before the first search. */
  active: ModelVersion.extend({
    fields: z.array(FieldWeights),
    calibration: Calibration,
  }).nullable(),
  /** The weights of the version before the active one, to show what changed. */
  previous: z.object({ version: z.number().int(), fields: z.array(FieldWeights) }).nullable(),
  /** Every version, newest first. */
  versions: z.array(ModelVersion),
  /**
   * The regional hit/no-hit matcher's model in use (learnt from the hit decisions of every side), as
   * every jurisdiction sees it; null before the first match.
   */
  region: z
    .object({
      version: z.number().int(),
      estimatedAt: z.string(),
      sameDecisions: z.number().int(),
      differentDecisions: z.number().int(),
      records: z.number().int(),
      calibration: Calibration,
    })
    .nullable(),
  /** Decisions taken and not yet in the active version (learning paused, or the search not yet run). */
  waiting: z.object({ same: z.number().int(), different: z.number().int() }),
});
export type MatchingModelView = z.infer<typeof MatchingModelView>;

export const LearningInput = z.object({ paused: z.boolean() });
