/** Input and output of the directory API. */

import { z } from 'zod';
import {
  AgencyFields,
  AgencyInput,
  AgencyType,
  Availability,
  ContactPointFields,
  ContactPointInput,
  HandlingCode,
  Jurisdiction,
  SpokenLanguage,
} from '../model/index.ts';

const Meta = {
  jurisdiction: Jurisdiction,
  handlingCode: HandlingCode,
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  allowedActions: z.array(z.string()),
};

export const AgencyView = z.object({
  id: z.uuid(),
  name: z.string(),
  alternateName: z.string().nullable(),
  type: AgencyType,
  address: z.string().nullable(),
  languages: z.array(SpokenLanguage),
  contactPointCount: z.number().int(),
  ...Meta,
});
export type AgencyView = z.infer<typeof AgencyView>;

export const ContactPointView = z.object({
  id: z.uuid(),
  agency: z.object({ id: z.uuid(), name: z.string(), type: AgencyType }),
  name: z.string(),
  function: z.string(),
  taskForce: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  languages: z.array(SpokenLanguage),
  availability: Availability,
  availableNow: z.boolean(),
  ...Meta,
});
export type ContactPointView = z.infer<typeof ContactPointView>;

export const DirectoryQuery = z.object({
  q: z.string().trim().max(100).optional(),
  jurisdiction: Jurisdiction.optional(),
  agencyType: AgencyType.optional(),
  language: SpokenLanguage.optional(),
  availability: z.enum(['always', 'office_hours', 'now']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuery>;

export const DirectoryResult = z.object({
  agencies: z.array(AgencyView),
  contactPoints: z.array(ContactPointView),
});
export type DirectoryResult = z.infer<typeof DirectoryResult>;

export const AgencyDetail = z.object({ agency: AgencyView, contactPoints: z.array(ContactPointView) });

export const AgencyCreate = AgencyInput;
export const AgencyUpdate = AgencyFields.partial().extend({ version: z.number().int().positive() });
export const ContactPointCreate = ContactPointInput;
export const ContactPointUpdate = ContactPointFields.partial().extend({
  version: z.number().int().positive(),
});
export const VersionQuery = z.object({ version: z.coerce.number().int().positive() });
