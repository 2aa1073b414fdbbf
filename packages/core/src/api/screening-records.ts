/** Input and output of the screening API. */
import { z } from 'zod';
import { OUTCOMES } from '../screening/instrument.ts';

/** What devices send, checked by the same code on the device before it queues anything. */
export { DeclineSubmit, ScreeningSubmit } from './screening.ts';

export const ScreeningSummary = z.object({
  id: z.uuid(),
  conductedAt: z.string(),
  receivedAt: z.string(),
  outcome: z.string(),
  child: z.boolean(),
  vulnerabilities: z.array(z.string()),
  interviewLanguage: z.string(),
  instrument: z.object({ id: z.uuid(), key: z.string(), version: z.number().int() }),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  by: z.string(),
  place: z.string().nullable(),
  personId: z.uuid().nullable(),
});
export type ScreeningSummary = z.infer<typeof ScreeningSummary>;

export const ScreeningView = ScreeningSummary.extend({
  answers: z.record(z.string(), z.unknown()),
  result: z.record(z.string(), z.unknown()),
  handlingCode: z.string(),
});
export type ScreeningView = z.infer<typeof ScreeningView>;

export const ScreeningListQuery = z.object({
  outcome: z.enum(OUTCOMES).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ScreeningListQuery = z.infer<typeof ScreeningListQuery>;
