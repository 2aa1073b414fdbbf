/** Input and output of the cases API. */

import { z } from 'zod';
import {
  CaseEventInput,
  CaseInput,
  CaseRole,
  CaseRoleInput,
  CaseStatus,
  CaseType,
  ModusOperandi,
  RouteInput,
  VehicleInput,
} from '../model/index.ts';
import { changesTo } from './changes.ts';

export const CaseCreate = CaseInput;
/** Only the fields named change: a title's correction leaves the status, handling code and tags as they are. */
export const CaseUpdate = changesTo(CaseInput).extend({ version: z.number().int().positive() });
export const RoleCreate = CaseRoleInput;
export const VehicleCreate = VehicleInput;
export const RouteReplace = RouteInput;
export const EventCreate = CaseEventInput;

export const Crossing = z.object({
  id: z.string(),
  name: z.string(),
  localNames: z.string(),
  countries: z.array(z.string()),
  latitude: z.number(),
  longitude: z.number(),
});
export const CrossingList = z.object({ crossings: z.array(Crossing) });
export type Crossing = z.infer<typeof Crossing>;

export const CaseListQuery = z.object({
  type: CaseType.optional(),
  status: CaseStatus.optional(),
  agencyId: z.uuid().optional(),
  modusOperandi: ModusOperandi.optional(),
  openedFrom: z.iso.date().optional(),
  openedTo: z.iso.date().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

const Meta = {
  jurisdiction: z.string(),
  handlingCode: z.string(),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  allowedActions: z.array(z.string()),
};

export const CaseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: CaseType,
  status: CaseStatus,
  title: z.string(),
  openedOn: z.string(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  modusOperandi: z.array(z.string()),
  ...Meta,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseView = CaseSummary.extend({
  investigationOn: z.string().nullable(),
  prosecutedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  summary: z.string().nullable(),
  handlingConditions: z.string().nullable(),
  exploitationTypes: z.array(z.string()),
  people: z.array(
    z.object({
      roleId: z.uuid(),
      personId: z.uuid(),
      displayName: z.string(),
      birthDate: z.string().nullable(),
      nationalities: z.array(z.string()),
      phones: z.array(z.string()),
      role: CaseRole,
      perpetratorRoles: z.array(z.string()),
      details: z.string().nullable(),
    }),
  ),
  route: z.array(
    z.object({
      position: z.number().int(),
      fromPlace: z.string().nullable(),
      fromCountry: z.string(),
      toPlace: z.string().nullable(),
      toCountry: z.string(),
      crossing: z
        .object({ id: z.string(), name: z.string(), latitude: z.number(), longitude: z.number() })
        .nullable(),
      departedOn: z.string().nullable(),
      arrivedOn: z.string().nullable(),
      transportMode: z.string().nullable(),
      feeAmount: z.number().nullable(),
      feeCurrency: z.string().nullable(),
      facilitator: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
      notes: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.uuid(),
      type: z.string(),
      personId: z.uuid().nullable(),
      date: z.string().nullable(),
      place: z.string().nullable(),
      country: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      description: z.string().nullable(),
    }),
  ),
  linkedCases: z.array(z.object({ id: z.uuid(), reference: z.string(), title: z.string() })),
  vehicles: z.array(
    z.object({
      id: z.uuid(),
      plate: z.string(),
      plateNormalised: z.string(),
      country: z.string().nullable(),
      make: z.string().nullable(),
      model: z.string().nullable(),
      colour: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseList = z.object({ cases: z.array(CaseSummary), total: z.number().int() });
