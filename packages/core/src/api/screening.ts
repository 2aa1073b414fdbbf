/**
 * What a device sends when a screening is finished or declined, and the one check of it that the
 * server applies and the device applies before it keeps anything to send later: a screening the
 * server would refuse is never queued, it is shown to the screener to correct.
 */
import { z } from 'zod';
import { type Instrument, ScreeningLanguage } from '../screening/instrument.ts';
import { answersSchema } from '../screening/score.ts';

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
export type DeclineSubmit = z.infer<typeof DeclineSubmit>;

/** A screening's problem: the field at fault (`answers.age`, `conductedAt`), a key for its words, the English. */
export interface SubmissionProblem {
  field: string;
  key: 'answer_range' | 'answer_invalid' | 'unknown_question' | 'future' | 'invalid';
  message: string;
}

/** How far ahead of the server's clock a device's clock may be before an interview counts as future. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** The answers an instrument admits, or the first problem with them, named by its question. */
export function checkAnswers(
  instrument: Instrument,
  answers: Record<string, unknown>,
): { ok: true; answers: Record<string, unknown> } | { ok: false; problem: SubmissionProblem } {
  const parsed = answersSchema(instrument).safeParse(answers);
  if (parsed.success) return { ok: true, answers: parsed.data as Record<string, unknown> };
  const issue = parsed.error.issues[0]!;
  const path = issue.path.length
    ? issue.path.join('.')
    : ((issue as { keys?: string[] }).keys ?? []).join(',');
  const key: SubmissionProblem['key'] =
    issue.code === 'unrecognized_keys'
      ? 'unknown_question'
      : issue.code === 'too_small' || issue.code === 'too_big'
        ? 'answer_range'
        : 'answer_invalid';
  return {
    ok: false,
    problem: { field: `answers.${path}`, key, message: `answers.${path}: ${issue.message}` },
  };
}

/**
 * The whole check of a screening against the instrument it was made with, as the server does it:
 * the envelope, every answer, and an interview that has not happened yet.
 */
export function checkScreening(
  instrument: Instrument,
  body: unknown,
  now: Date = new Date(),
): { ok: true; screening: ScreeningSubmit } | { ok: false; problem: SubmissionProblem } {
  const envelope = ScreeningSubmit.safeParse(body);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    const field = issue.path.join('.') || 'body';
    return { ok: false, problem: { field, key: 'invalid', message: `${field}: ${issue.message}` } };
  }
  const answers = checkAnswers(instrument, envelope.data.answers);
  if (!answers.ok) return answers;
  if (new Date(envelope.data.conductedAt).getTime() > now.getTime() + CLOCK_SKEW_MS)
    return {
      ok: false,
      problem: { field: 'conductedAt', key: 'future', message: 'the interview cannot be in the future' },
    };
  return { ok: true, screening: { ...envelope.data, answers: answers.answers } };
}
