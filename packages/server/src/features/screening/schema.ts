/** Input and output of the screening API. */
import { ScreeningLanguage } from '@veza/core';
import { z } from 'zod';

export const ScreeningSubmit = z.object({
  /** Made by the device that recorded the screening: sending it again changes nothing. */
  id: z.uuid(),
  instrumentId: z.uuid(),
  interviewLanguage: ScreeningLanguage,
  screenerLanguage: z.string().min(2).max(10),
  conductedAt: z.iso.datetime({ offset: true }),
  place: z.string().trim().max(200).nullish(),
  /** The person agreed to be screened: declines are sent to /api/screenings/declines instead. */
  consent: z.literal(true),
  answers: z.record(z.string(), z.unknown()),
});
export type ScreeningSubmit = z.infer<typeof ScreeningSubmit>;

export const DeclineSubmit = z.object({ id: z.uuid(), conductedAt: z.iso.datetime({ offset: true }) });

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
  outcome: z.enum(['presumed_victim', 'at_risk', 'vulnerable_smuggled', 'no_indicators']).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ScreeningListQuery = z.infer<typeof ScreeningListQuery>;
