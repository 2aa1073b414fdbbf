import { z } from 'zod';

export const HitView = z.object({
  id: z.uuid(),
  foundAt: z.string(),
  band: z.enum(['strong', 'probable', 'possible']),
  /** What matched: name, birth_date, birth_year, phone, document, plate. */
  evidence: z.array(z.string()),
  /** This side's decision. */
  status: z.enum(['new', 'not_relevant', 'confirmed']),
  /** This jurisdiction's own record: a person, or a vehicle of one of its cases. */
  record: z.object({
    kind: z.enum(['person', 'vehicle']),
    id: z.uuid(),
    /** The person's name, or the vehicle's plate and its case's reference. */
    label: z.string(),
    caseId: z.uuid().nullable(),
  }),
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
