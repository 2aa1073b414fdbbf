import { z } from 'zod';

/** Each side's decision on a hit. */
export const HitStatus = z.enum(['new', 'not_relevant', 'confirmed']);
export type HitStatus = z.infer<typeof HitStatus>;

export const HitView = z.object({
  id: z.uuid(),
  foundAt: z.string(),
  band: z.enum(['strong', 'probable', 'possible']),
  /** What matched: name, birth_date, birth_year, phone, document, plate. */
  evidence: z.array(z.string()),
  /** This side's decision. */
  status: HitStatus,
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

/** Which of the jurisdiction's hits, a page at a time: strongest first, then newest. */
export const HitQuery = z.object({
  /** This side's decision; all of them when left out. */
  status: HitStatus.optional(),
  band: z.enum(['strong', 'probable', 'possible']).optional(),
  kind: z.enum(['person', 'vehicle']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type HitQuery = z.infer<typeof HitQuery>;

export const HitList = z.object({
  hits: z.array(HitView),
  /** How many hits the query finds in all (the page holds at most `limit` of them). */
  total: z.number().int(),
  /** How many of the hits the band and kind let through have each decision: the page's tabs. */
  counts: z.record(HitStatus, z.number().int()),
});
export type HitList = z.infer<typeof HitList>;
