/** Input and output of the protection API: cases through the NRM, their decisions and consents. */
import { z } from 'zod';
import { CountryCode } from '../model/country.ts';
import { HandlingCode } from '../model/handling-code.ts';
import { Jurisdiction } from '../model/jurisdiction.ts';
import { SpokenLanguage } from '../model/language.ts';
import { PastPartialDate } from '../model/partial-date.ts';
import { Sex } from '../model/person.ts';
import { APPROVAL_KINDS, APPROVAL_STATUSES } from '../protection/approvals.ts';
import { ASSESSMENT_FORMS, NeedRating, PlanGoal } from '../protection/assessment.ts';
import { AGE_ASSESSMENT_METHODS } from '../protection/children.ts';
import { CONSENT_OVERRIDE_GROUNDS, CONSENT_PURPOSES, CONSENT_STATUSES } from '../protection/consent.ts';
import { CASE_FIELDS } from '../protection/fields.ts';
import { SERVICE_REFERRAL_STATUSES, SERVICE_TYPES } from '../protection/services.ts';
import {
  CLOSURE_OUTCOMES,
  IDENTIFICATION_DECISIONS,
  ProtectionStage,
  REASONABLE_GROUNDS_DECISIONS,
} from '../protection/stages.ts';

const Day = z.iso.date();
const Reason = z.string().trim().min(3).max(4000);
const Version = z.number().int().positive();

/** Opening a case: from a screening, from a victim-referral request, or directly. */
export const ProtectionCaseOpen = z.object({
  screeningId: z.uuid().optional(),
  referralRequestId: z.uuid().optional(),
  givenNames: z.string().trim().max(200).optional(),
  familyNames: z.string().trim().max(200).optional(),
  birthDate: PastPartialDate.optional(),
  sex: Sex.optional(),
  nationality: CountryCode.optional(),
  languages: z.array(SpokenLanguage).max(10).default([]),
  child: z.boolean().default(false),
  ageInDoubt: z.boolean().default(false),
  openedOn: Day.optional(),
  supervisorId: z.uuid().optional(),
  handlingCode: HandlingCode.default('H2'),
});
export type ProtectionCaseOpen = z.infer<typeof ProtectionCaseOpen>;

export const ReasonableGroundsDecision = z.object({
  decision: z.enum(REASONABLE_GROUNDS_DECISIONS),
  decidedOn: Day,
  reasons: Reason,
  version: Version,
});
export type ReasonableGroundsDecision = z.infer<typeof ReasonableGroundsDecision>;

export const StageMove = z.object({
  stage: ProtectionStage,
  decidedOn: Day,
  /** For formal identification: identified or not. */
  identification: z.enum(IDENTIFICATION_DECISIONS).optional(),
  reasons: Reason.optional(),
  version: Version,
});
export type StageMove = z.infer<typeof StageMove>;

export const ReflectionExtend = z.object({
  days: z.number().int().min(1).max(365),
  reason: Reason,
  version: Version,
});

/** The best-interests assessment and determination (Directive 2011/36/EU art. 13(1)): dates and author. */
export const BestInterestsDetermination = z
  .object({
    assessedOn: Day.optional(),
    determinedOn: Day,
    determinedBy: z.string().trim().min(2).max(200),
    version: Version,
  })
  .refine((d) => !d.assessedOn || d.assessedOn <= d.determinedOn, {
    path: ['assessedOn'],
    message: 'the assessment comes before the determination',
  });

export const CaseClosure = z.object({
  outcome: z.enum(CLOSURE_OUTCOMES),
  reason: Reason,
  closedOn: Day,
  version: Version,
});
export type CaseClosure = z.infer<typeof CaseClosure>;

export const ConsentCreate = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES),
    recipientAgencyId: z.uuid().optional(),
    recipientJurisdiction: Jurisdiction.optional(),
    service: z.enum(SERVICE_TYPES).optional(),
    status: z.enum(CONSENT_STATUSES),
    /** The language it was explained and given in. */
    language: SpokenLanguage,
    witnessedBy: z.string().trim().min(2).max(200).optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.purpose === 'share_with_agency' || c.purpose === 'service_referral') && !c.recipientAgencyId)
      ctx.addIssue({
        code: 'custom',
        path: ['recipientAgencyId'],
        message: 'name the agency the consent is for',
      });
    if (c.purpose === 'cross_border_transfer' && !c.recipientJurisdiction)
      ctx.addIssue({
        code: 'custom',
        path: ['recipientJurisdiction'],
        message: 'name the jurisdiction the transfer is to',
      });
  });
export type ConsentCreate = z.infer<typeof ConsentCreate>;

export const ProtectionCaseListQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  stage: ProtectionStage.optional(),
  child: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Only the actor's own cases (as caseworker or supervisor). */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Cases whose reflection period ends within this many days (and has not ended). */
  reflectionEndsWithin: z.coerce.number().int().min(0).max(365).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ProtectionCaseListQuery = z.infer<typeof ProtectionCaseListQuery>;

const Person = { id: z.uuid(), name: z.string() };

export const Reflection = z.object({
  startsOn: Day,
  lastDay: Day,
  days: z.number().int(),
  daysLeft: z.number().int(),
  noRemoval: z.boolean(),
  extensions: z.array(z.object({ days: z.number().int(), reason: z.string(), grantedOn: Day })),
});

export const ProtectionCaseSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  child: z.boolean(),
  stage: ProtectionStage,
  status: z.enum(['open', 'closed']),
  openedOn: Day,
  owner: z.object(Person),
  reflectionLastDay: Day.nullable(),
  noRemoval: z.boolean(),
});
export type ProtectionCaseSummary = z.infer<typeof ProtectionCaseSummary>;

export const ProtectionCaseList = z.object({
  cases: z.array(ProtectionCaseSummary),
  total: z.number().int(),
});
export type ProtectionCaseList = z.infer<typeof ProtectionCaseList>;

export const StageEvent = z.object({
  stage: ProtectionStage,
  decision: z.string().nullable(),
  decidedOn: Day,
  reasons: z.string().nullable(),
  recordedAt: z.string(),
});

export const ConsentView = z.object({
  id: z.uuid(),
  purpose: z.enum(CONSENT_PURPOSES),
  recipientAgency: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  recipientJurisdiction: z.string().nullable(),
  service: z.string().nullable(),
  status: z.enum(CONSENT_STATUSES),
  language: z.string(),
  witnessedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const PROTECTION_ACTIONS = [
  'read',
  'update',
  'decide_reasonable_grounds',
  'move_stage',
  'record_consent',
  'refer_to_service',
  'share',
  'transfer',
  'approve',
  'override_consent',
  'close',
  'reopen',
  'erase',
] as const;

/** A jurisdiction and case the person came through before, oldest first. */
export const OriginStep = z.object({ jurisdiction: z.string(), caseId: z.uuid(), transferredOn: Day });

export const AgeAssessmentInput = z
  .object({
    assessedOn: Day,
    method: z.enum(AGE_ASSESSMENT_METHODS),
    minimumAge: z.number().int().min(0).max(30),
    maximumAge: z.number().int().min(0).max(30),
    by: z.string().trim().min(2).max(200),
  })
  .refine((a) => a.maximumAge >= a.minimumAge, {
    path: ['maximumAge'],
    message: 'the highest age is at least the lowest',
  });

export const AgeAssessmentCreate = AgeAssessmentInput.and(z.object({ version: Version }));

export const GuardianAppointment = z.object({
  guardianName: z.string().trim().min(2).max(200),
  appointedOn: Day,
  version: Version,
});

export const AssessmentCreate = z.object({
  form: z.enum(ASSESSMENT_FORMS),
  assessedOn: Day,
  needs: z.record(z.string(), NeedRating),
});
export type AssessmentCreate = z.infer<typeof AssessmentCreate>;

export const AssessmentView = z.object({
  id: z.uuid(),
  form: z.enum(ASSESSMENT_FORMS),
  assessedOn: Day,
  needs: z.record(z.string(), NeedRating),
  recordedAt: z.string(),
});

export const PlanCreate = z.object({ goals: z.array(PlanGoal).min(1).max(50) });
export type PlanCreate = z.infer<typeof PlanCreate>;

export const PlanView = z.object({
  id: z.uuid(),
  goals: z.array(PlanGoal),
  status: z.enum(APPROVAL_STATUSES),
  recordedAt: z.string(),
});

export const ApprovalDecision = z
  .object({
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().trim().max(2000).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'rejected' && (d.comment ?? '').length < 3)
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'say why the decision is rejected' });
  });
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;

export const ApprovalView = z.object({
  id: z.uuid(),
  kind: z.enum(APPROVAL_KINDS),
  proposal: z.record(z.string(), z.unknown()),
  status: z.enum(APPROVAL_STATUSES),
  requestedBy: z.object(Person),
  requestedAt: z.string(),
  decidedBy: z.object(Person).nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string().nullable(),
});

export const ServiceReferralCreate = z.object({
  providerAgencyId: z.uuid(),
  service: z.enum(SERVICE_TYPES),
  followUpOn: Day,
  note: z.string().trim().max(2000).optional(),
  /** A supervisor's override of a missing consent, where the law allows one. */
  overrideId: z.uuid().optional(),
});
export type ServiceReferralCreate = z.infer<typeof ServiceReferralCreate>;

export const ServiceReferralUpdate = z
  .object({
    status: z.enum(SERVICE_REFERRAL_STATUSES),
    reason: z.string().trim().max(2000).optional(),
    followUpOn: Day.optional(),
  })
  .superRefine((u, ctx) => {
    if ((u.status === 'declined' || u.status === 'not_delivered') && (u.reason ?? '').length < 3)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `say why the service was ${u.status.replace('_', ' ')}`,
      });
  });
export type ServiceReferralUpdate = z.infer<typeof ServiceReferralUpdate>;

const Shared = z.record(z.string(), z.unknown());

export const ServiceReferralView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  provider: z.object({ id: z.uuid(), name: z.string() }),
  service: z.enum(SERVICE_TYPES),
  status: z.enum(SERVICE_REFERRAL_STATUSES),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  followUpOn: Day,
  overdue: z.boolean(),
  /** What the provider sees of the case: the fields the service needs. */
  shared: Shared,
  byOverride: z.boolean(),
  createdAt: z.string(),
});
export type ServiceReferralView = z.infer<typeof ServiceReferralView>;

export const ShareCreate = z.object({
  agencyId: z.uuid(),
  fields: z.array(z.enum(CASE_FIELDS)).min(1),
});
export type ShareCreate = z.infer<typeof ShareCreate>;

export const ShareView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  purpose: z.string(),
  fields: z.array(z.enum(CASE_FIELDS)),
  shared: Shared,
  sharedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type ShareView = z.infer<typeof ShareView>;

export const ConsentOverrideCreate = z.object({
  purpose: z.enum(['share_with_agency', 'service_referral']),
  recipientAgencyId: z.uuid(),
  ground: z.enum(CONSENT_OVERRIDE_GROUNDS),
  reason: z.string().trim().min(10).max(4000),
});
export type ConsentOverrideCreate = z.infer<typeof ConsentOverrideCreate>;

export const OverrideView = z.object({
  id: z.uuid(),
  purpose: z.string(),
  recipientAgency: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  ground: z.string(),
  reason: z.string(),
  authorizedBy: z.object(Person),
  authorizedAt: z.string(),
});

export const TransferCreate = z.object({
  toAgencyId: z.uuid(),
  fields: z.array(z.enum(CASE_FIELDS)).min(1),
  note: z.string().trim().max(4000).optional(),
});
export type TransferCreate = z.infer<typeof TransferCreate>;

export const TransferAnswer = z
  .object({
    decision: z.enum(['accepted', 'declined']),
    reason: z.string().trim().max(2000).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.decision === 'declined' && (a.reason ?? '').length < 3)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the transfer is declined' });
  });
export type TransferAnswer = z.infer<typeof TransferAnswer>;

export const TRANSFER_STATUSES = ['proposed', 'accepted', 'declined', 'stopped'] as const;

export const TransferView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  fromJurisdiction: z.string(),
  toJurisdiction: z.string(),
  toAgency: z.object({ id: z.uuid(), name: z.string() }),
  requestId: z.uuid().nullable(),
  fields: z.array(z.enum(CASE_FIELDS)),
  /** The consented fields, as they travel; the receiving side sees only these. */
  shared: Shared,
  originChain: z.array(OriginStep),
  status: z.enum(TRANSFER_STATUSES),
  reason: z.string().nullable(),
  newCaseId: z.uuid().nullable(),
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type TransferView = z.infer<typeof TransferView>;

export const RetentionDecision = z
  .object({
    decision: z.enum(['erase', 'keep']),
    /** Kept: until when, and why. */
    keepUntil: Day.optional(),
    reason: z.string().trim().min(3).max(2000),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'keep' && !d.keepUntil)
      ctx.addIssue({ code: 'custom', path: ['keepUntil'], message: 'say until when the case is kept' });
  });
export type RetentionDecision = z.infer<typeof RetentionDecision>;

export const RetentionDue = z.object({
  cases: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      closedOn: Day,
      closureOutcome: z.string().nullable(),
      dueOn: Day,
      heldUntil: Day.nullable(),
    }),
  ),
  retentionYears: z.number().int(),
});
export type RetentionDue = z.infer<typeof RetentionDue>;

export const ProtectionCaseView = z.object({
  id: z.uuid(),
  jurisdiction: z.string(),
  handlingCode: z.string(),
  isDemo: z.boolean(),
  version: z.number().int(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  owner: z.object(Person),
  supervisor: z.object(Person).nullable(),
  screeningId: z.uuid().nullable(),
  referralRequestId: z.uuid().nullable(),
  givenNames: z.string().nullable(),
  familyNames: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.string().nullable(),
  nationality: z.string().nullable(),
  languages: z.array(z.string()),
  child: z.boolean(),
  ageInDoubt: z.boolean(),
  stage: ProtectionStage,
  /** The kind of agency the jurisdiction's pathway makes responsible for the stage. */
  stageResponsible: z.string().nullable(),
  /** Where the pathway lets the case go from here. */
  nextStages: z.array(ProtectionStage),
  status: z.enum(['open', 'closed']),
  openedOn: Day,
  reasonableGrounds: z.string().nullable(),
  identification: z.string().nullable(),
  reflection: Reflection.nullable(),
  bestInterestsDeterminedOn: Day.nullable(),
  closedOn: Day.nullable(),
  closureOutcome: z.string().nullable(),
  closureReason: z.string().nullable(),
  originJurisdiction: z.string().nullable(),
  originChain: z.array(OriginStep),
  guardianName: z.string().nullable(),
  guardianAppointedOn: Day.nullable(),
  bestInterestsAssessedOn: Day.nullable(),
  bestInterestsDeterminedBy: z.string().nullable(),
  ageAssessments: z.array(AgeAssessmentInput),
  /** Identity removed at the end of retention: only what statistics need is left. */
  erased: z.boolean(),
  events: z.array(StageEvent),
  consents: z.array(ConsentView),
  assessment: AssessmentView.nullable(),
  plan: PlanView.nullable(),
  approvals: z.array(ApprovalView),
  serviceReferrals: z.array(ServiceReferralView),
  shares: z.array(ShareView),
  transfers: z.array(TransferView),
  overrides: z.array(OverrideView),
  allowedActions: z.array(z.enum(PROTECTION_ACTIONS)),
});
export type ProtectionCaseView = z.infer<typeof ProtectionCaseView>;
