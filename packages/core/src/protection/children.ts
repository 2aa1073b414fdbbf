/**
 * Children's safeguards in a protection case (Convention art. 10(3) and (4); Directive 2011/36/EU
 * art. 13 to 16): a guardian appointed without delay, the best interests of the child assessed and
 * determined (with the date and who determined it), age assessed where in doubt with the child
 * presumed a minor meanwhile; a child's case does not close without a best-interests determination.
 */
import { z } from 'zod';

export const AGE_ASSESSMENT_METHODS = ['documents', 'interview', 'psychosocial', 'medical'] as const;

export const AgeAssessment = z.object({
  assessedOn: z.iso.date(),
  method: z.enum(AGE_ASSESSMENT_METHODS),
  /** The assessed age range; a range that reaches below 18 keeps the presumption of minority. */
  minimumAge: z.number().int().min(0).max(30),
  maximumAge: z.number().int().min(0).max(30),
  by: z.string().trim().min(2).max(200),
});
export type AgeAssessment = z.infer<typeof AgeAssessment>;

/** Whether the person is treated as a child: under 18, or not shown beyond doubt to be an adult. */
export function treatedAsChild(subject: {
  age?: number | null;
  ageInDoubt?: boolean;
  assessments?: readonly AgeAssessment[];
}): boolean {
  if (subject.age !== undefined && subject.age !== null && subject.age < 18) return true;
  const latest = [...(subject.assessments ?? [])]
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
    .at(-1);
  if (latest) return latest.minimumAge < 18;
  return Boolean(subject.ageInDoubt);
}

export type ClosureCheck = { ok: true } | { ok: false; reason: 'best_interests_determination_missing' };

/** A child's case closes only after a best-interests determination. */
export function mayClose(subject: {
  child: boolean;
  bestInterestsDeterminedOn?: string | null;
}): ClosureCheck {
  if (subject.child && !subject.bestInterestsDeterminedOn)
    return { ok: false, reason: 'best_interests_determination_missing' };
  return { ok: true };
}
