/**
 * The needs assessment and the case plan (Council of Europe Convention art. 12: assistance to meet
 * a victim's needs; art. 12(7) and Directive 2011/36/EU art. 11(7): taking account of special
 * needs). An adult form covers the eight areas of need; the child form adds the child's care and
 * guardianship (Directive art. 14 and 16), each rated and explained. A case plan sets goals in
 * those areas with a date to meet each by.
 */
import { z } from 'zod';
import { NEED_AREAS } from './services.ts';

export const ASSESSMENT_FORMS = ['adult', 'child'] as const;
export type AssessmentForm = (typeof ASSESSMENT_FORMS)[number];

/** The areas of each form: a child's adds care arrangements and guardianship. */
export const FORM_AREAS: Readonly<Record<AssessmentForm, readonly string[]>> = {
  adult: NEED_AREAS,
  child: [...NEED_AREAS, 'care_arrangement', 'guardianship'],
};
export const ALL_NEED_AREAS = FORM_AREAS.child;

export const NEED_LEVELS = ['none', 'low', 'medium', 'high', 'urgent'] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

export const NeedRating = z.object({
  level: z.enum(NEED_LEVELS),
  notes: z.string().trim().max(2000).optional(),
});

export const NeedsAssessment = z
  .object({
    form: z.enum(ASSESSMENT_FORMS),
    assessedOn: z.iso.date(),
    needs: z.record(z.string(), NeedRating),
  })
  .superRefine((a, ctx) => {
    const areas = FORM_AREAS[a.form];
    for (const area of areas)
      if (!a.needs[area])
        ctx.addIssue({ code: 'custom', path: ['needs', area], message: `rate the need for ${area}` });
    for (const area of Object.keys(a.needs))
      if (!areas.includes(area))
        ctx.addIssue({
          code: 'custom',
          path: ['needs', area],
          message: `${area} is not an area of the ${a.form} form`,
        });
  });
export type NeedsAssessment = z.infer<typeof NeedsAssessment>;

/** The form a case is assessed with: the child form for anyone treated as a child. */
export function formFor(subject: { child: boolean }): AssessmentForm {
  return subject.child ? 'child' : 'adult';
}

/** The areas rated high or urgent, most pressing first: what the plan must answer. */
export function pressingNeeds(assessment: Pick<NeedsAssessment, 'needs'>): string[] {
  const rank = (level: NeedLevel) => NEED_LEVELS.indexOf(level);
  return Object.entries(assessment.needs)
    .filter(([, r]) => rank(r.level) >= rank('high'))
    .sort(([, a], [, b]) => rank(b.level) - rank(a.level))
    .map(([area]) => area);
}

export const PlanGoal = z.object({
  area: z.enum(ALL_NEED_AREAS as unknown as [string, ...string[]]),
  goal: z.string().trim().min(3).max(1000),
  dueOn: z.iso.date(),
  done: z.boolean().default(false),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

/** The plan's pressing needs with no goal: a plan that leaves one out is sent back before approval. */
export function needsWithoutGoal(
  assessment: Pick<NeedsAssessment, 'needs'>,
  goals: readonly Pick<PlanGoal, 'area'>[],
): string[] {
  return pressingNeeds(assessment).filter((area) => !goals.some((g) => g.area === area));
}
