/** Input and output of the protection API: cases through the NRM, their decisions and consents. */
import { z } from 'zod';
import { CountryCode } from '../model/country.ts';
import { HandlingCode } from '../model/handling-code.ts';
import { Jurisdiction } from '../model/jurisdiction.ts';
import { SpokenLanguage } from '../model/language.ts';
import { PastPartialDate } from '../model/partial-date.ts';
import { Sex } from '../model/person.ts';
import { CONSENT_PURPOSES, CONSENT_STATUSES } from '../protection/consent.ts';
import { SERVICE_TYPES } from '../protection/services.ts';
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

export const BestInterestsDetermination = z.object({ determinedOn: Day, version: Version });

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
  'close',
  'reopen',
] as const;

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
  events: z.array(StageEvent),
  consents: z.array(ConsentView),
  allowedActions: z.array(z.enum(PROTECTION_ACTIONS)),
});
export type ProtectionCaseView = z.infer<typeof ProtectionCaseView>;
