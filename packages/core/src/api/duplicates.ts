import { z } from 'zod';

export const PersonSummary = z.object({
  id: z.uuid(),
  displayName: z.string(),
  sex: z.string(),
  birthDate: z.string().nullable(),
  nationalities: z.array(z.string()),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/** The engine's explanation of a score: the prior and each field's weight, in bits, add up to the total. */
export const Explanation = z.object({
  probability: z.number(),
  priorWeight: z.number(),
  totalWeight: z.number(),
  /**
   * probability = 1 / (1 + 2^−z), z the calibrated log-odds of totalWeight: straight lines between the
   * knots [weight, log-odds], slope 1 beyond them, z = totalWeight with none (labels.ts of @veza/core).
   */
  calibration: z.object({ knots: z.array(z.tuple([z.number(), z.number()])) }),
  /** How much of the fields' weights comes from how common the agreeing names and phone are. */
  frequencyWeight: z.number().optional(),
  namesSwapped: z.boolean(),
  fields: z.array(z.object({ field: z.string(), level: z.string(), weight: z.number() })),
});
export type Explanation = z.infer<typeof Explanation>;

export const DuplicateList = z.object({
  duplicates: z.array(
    z.object({
      id: z.uuid(),
      probability: z.number(),
      /** strong, probable or possible (bands.ts of @veza/core). */
      band: z.enum(['strong', 'probable', 'possible']),
      foundAt: z.string(),
      person: PersonSummary,
      explanation: Explanation,
    }),
  ),
  /** Merges into this person that can still be undone. */
  merges: z.array(z.object({ id: z.uuid(), mergedAt: z.string(), person: PersonSummary })),
});
export type DuplicateList = z.infer<typeof DuplicateList>;
