/**
 * A protection case's way through the National Referral Mechanism (OSCE/ODIHR, National Referral
 * Mechanisms, 2nd edition 2022; Directive 2011/36/EU as amended by 2024/1712, art. 11(4)): the
 * stages each jurisdiction's pathway is made of, the decisions taken at them, and where a case may
 * go from each. A jurisdiction names its own pathway (which agency type is responsible for each
 * stage, and which stages it uses); the default below is the handbook's order.
 */
import { z } from 'zod';
import { AgencyType } from '../model/directory.ts';

export const PROTECTION_STAGES = [
  'referral_received',
  'reasonable_grounds',
  'reflection_period',
  'formal_identification',
  'assistance',
  'residence_status',
  'return',
  'integration',
  'relocation',
  'criminal_proceedings',
  'compensation',
  'closed',
] as const;
export const ProtectionStage = z.enum(PROTECTION_STAGES);
export type ProtectionStage = z.infer<typeof ProtectionStage>;

/** The reasonable-grounds decision (Convention art. 10(2)): presumed victim or not. */
export const REASONABLE_GROUNDS_DECISIONS = ['presumed_victim', 'not_presumed_victim'] as const;
/** The formal identification by the competent authority. */
export const IDENTIFICATION_DECISIONS = ['identified_victim', 'not_identified'] as const;

export const CLOSURE_OUTCOMES = [
  'integrated',
  'returned',
  'relocated',
  'transferred',
  'not_a_victim',
  'lost_contact',
  'declined_assistance',
  'deceased',
] as const;
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES)[number];

export const PathwayStage = z.object({
  stage: ProtectionStage,
  /** Which kind of agency is responsible for the stage in this jurisdiction. */
  responsible: AgencyType,
  /** The stages a case may move to from here. */
  next: z.array(ProtectionStage),
});
export type PathwayStage = z.infer<typeof PathwayStage>;

export const NrmPathway = z
  .object({
    /** Days of recovery and reflection by the jurisdiction's law; never fewer than the Convention's 30. */
    reflectionDays: z.number().int().min(30).max(365),
    /** Years a closed case is kept before it is reviewed for erasure. */
    retentionYears: z.number().int().min(1).max(30),
    stages: z.array(PathwayStage).min(2),
  })
  .superRefine((pathway, ctx) => {
    const named = new Set(pathway.stages.map((s) => s.stage));
    if (!named.has('referral_received') || !named.has('closed'))
      ctx.addIssue({
        code: 'custom',
        path: ['stages'],
        message: 'a pathway starts at referral_received and ends at closed',
      });
    pathway.stages.forEach((s, i) => {
      for (const [k, n] of s.next.entries())
        if (!named.has(n))
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'next', k],
            message: `"${n}" is not a stage of this pathway`,
          });
    });
  });
export type NrmPathway = z.infer<typeof NrmPathway>;

/** The handbook's order; a case may always be closed, and a closed case reopened at assistance. */
export const DEFAULT_NRM_PATHWAY: NrmPathway = {
  reflectionDays: 30,
  retentionYears: 10,
  stages: [
    { stage: 'referral_received', responsible: 'social_welfare', next: ['reasonable_grounds', 'closed'] },
    {
      stage: 'reasonable_grounds',
      responsible: 'anti_trafficking_office',
      next: ['reflection_period', 'assistance', 'closed'],
    },
    {
      stage: 'reflection_period',
      responsible: 'social_welfare',
      next: ['formal_identification', 'assistance', 'closed'],
    },
    {
      stage: 'formal_identification',
      responsible: 'anti_trafficking_office',
      next: ['assistance', 'residence_status', 'closed'],
    },
    {
      stage: 'assistance',
      responsible: 'social_welfare',
      next: ['residence_status', 'return', 'integration', 'relocation', 'criminal_proceedings', 'closed'],
    },
    {
      stage: 'residence_status',
      responsible: 'ministry',
      next: ['assistance', 'integration', 'return', 'relocation', 'closed'],
    },
    { stage: 'return', responsible: 'international_organisation', next: ['closed'] },
    {
      stage: 'integration',
      responsible: 'social_welfare',
      next: ['criminal_proceedings', 'compensation', 'closed'],
    },
    { stage: 'relocation', responsible: 'international_organisation', next: ['closed'] },
    {
      stage: 'criminal_proceedings',
      responsible: 'prosecution',
      next: ['compensation', 'assistance', 'integration', 'closed'],
    },
    { stage: 'compensation', responsible: 'prosecution', next: ['integration', 'closed'] },
    { stage: 'closed', responsible: 'social_welfare', next: ['assistance'] },
  ],
};

/** Whether the pathway lets a case move from one stage to another. */
export function canMoveStage(pathway: NrmPathway, from: ProtectionStage, to: ProtectionStage): boolean {
  return pathway.stages.find((s) => s.stage === from)?.next.includes(to) ?? false;
}
