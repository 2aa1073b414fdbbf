/** Investigation cases of migrant smuggling and trafficking in human beings, and the roles people play in them. */
import { z } from 'zod';
import { PastFullDate } from './partial-date.ts';

export const CASE_TYPES = ['smuggling', 'trafficking', 'both'] as const;
export const CaseType = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof CaseType>;

export const CASE_STATUSES = ['open', 'under_investigation', 'prosecuted', 'closed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** How smugglers and traffickers work on the region's routes; tags for filtering and trend analysis. */
export const MODUS_OPERANDI = [
  'concealment_in_vehicle',
  'concealment_in_freight',
  'foot_crossing_guided',
  'boat_crossing',
  'taxi_relay',
  'safe_house',
  'forged_documents',
  'fraudulently_obtained_documents',
  'online_recruitment',
  'fake_job_offer',
  'marriage_or_romance',
  'debt_bondage',
  'informal_money_transfer',
  'corruption_of_officials',
  'violence_or_extortion',
] as const;
export const ModusOperandi = z.enum(MODUS_OPERANDI);

/** Types of exploitation, with HTCDS's vic_TypeOfExploitation values and the further forms the region records. */
export const EXPLOITATION_TYPES = [
  'ForcedLabour',
  'SexualExploitation',
  'ForcedMarriage',
  'ForcedBegging',
  'ForcedCriminality',
  'OrganRemoval',
  'Other',
] as const;
export const ExploitationType = z.enum(EXPLOITATION_TYPES);

export const CaseInput = z.object({
  type: CaseType,
  status: CaseStatus.default('open'),
  openedOn: PastFullDate,
  investigationOn: PastFullDate.nullish(),
  prosecutedOn: PastFullDate.nullish(),
  closedOn: PastFullDate.nullish(),
  /** Defaults to the author's agency; must be an agency of the same jurisdiction. */
  agencyId: z.uuid().optional(),
  handlingCode: z.enum(['H0', 'H1', 'H2', 'H3']).default('H0'),
  /** What H3 restricts, in words. */
  handlingConditions: z.string().trim().max(500).nullish(),
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(20_000).nullish(),
  modusOperandi: z.array(ModusOperandi).max(MODUS_OPERANDI.length).default([]),
  exploitationTypes: z.array(ExploitationType).max(EXPLOITATION_TYPES.length).default([]),
});
export type CaseInput = z.infer<typeof CaseInput>;

export const CASE_ROLES = ['victim', 'presumed_victim', 'smuggled_migrant', 'suspect', 'witness'] as const;
export const CaseRole = z.enum(CASE_ROLES);
export type CaseRole = z.infer<typeof CaseRole>;

/** HTCDS per_RoleInProcess. */
export const PERPETRATOR_ROLES = [
  'TravellingPartner',
  'Transporter',
  'RecruiterOrIntermediary',
  'BrokerTravelAgent',
  'TransferredIndividual',
  'HarbouredIndividual',
  'SoldIndividual',
  'BoughtIndividual',
  'ReceivedIndividual',
  'ControlledIndividual',
  'Smuggler',
  'Abuser',
  'Kidnapper',
  'Exploiter',
  'Other',
] as const;
export const PerpetratorRole = z.enum(PERPETRATOR_ROLES);
export type PerpetratorRole = z.infer<typeof PerpetratorRole>;

export const CaseRoleInput = z
  .object({
    personId: z.uuid(),
    role: CaseRole,
    perpetratorRoles: z.array(PerpetratorRole).max(PERPETRATOR_ROLES.length).default([]),
    details: z.string().trim().max(5000).nullish(),
  })
  .refine((r) => r.role === 'suspect' || r.perpetratorRoles.length === 0, {
    message: 'only a suspect has perpetrator roles',
    path: ['perpetratorRoles'],
  });
export type CaseRoleInput = z.infer<typeof CaseRoleInput>;
