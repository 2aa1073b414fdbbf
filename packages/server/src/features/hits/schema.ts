import { z } from 'zod';

export const HitView = z.object({
  id: z.uuid(),
  foundAt: z.string(),
  band: z.enum(['strong', 'probable', 'possible']),
  /** What matched: name, birth_date, birth_year, phone, document. */
  evidence: z.array(z.string()),
  /** This side's decision. */
  status: z.enum(['new', 'not_relevant', 'confirmed']),
  /** This jurisdiction's own person. */
  person: z.object({ id: z.uuid(), displayName: z.string() }),
  /** Whom to ask: never the other record's content. */
  other: z.object({
    jurisdiction: z.string(),
    handlingCode: z.string(),
    agency: z.object({ id: z.uuid(), name: z.string() }),
    contactPoints: z.array(
      z.object({
        name: z.string(),
        function: z.string(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
      }),
    ),
  }),
});
export type HitView = z.infer<typeof HitView>;
