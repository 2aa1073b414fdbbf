/** Input and output of the persons API. */

import { z } from 'zod';
import { PersonDocument, PersonInput, SocialHandle } from '../model/index.ts';

export const PersonCreate = PersonInput;
export const PersonUpdate = PersonInput.extend({ version: z.number().int().positive() });

export const PersonView = z.object({
  id: z.uuid(),
  jurisdiction: z.string(),
  handlingCode: z.string(),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  allowedActions: z.array(z.string()),
  displayName: z.string(),
  names: z.array(
    z.object({
      givenNames: z.string(),
      familyNames: z.string(),
      script: z.string(),
      kind: z.enum(['recorded', 'alias']),
    }),
  ),
  sex: z.string(),
  birthDate: z.string().nullable(),
  birthDatePresumed: z.boolean(),
  nationalities: z.array(z.string()),
  documents: z.array(PersonDocument.extend({ numberNormalised: z.string() })),
  phones: z.array(z.object({ e164: z.string(), original: z.string() })),
  socialHandles: z.array(SocialHandle),
  notes: z.string().nullable(),
  /** Set when this person was merged into another: that one holds the record now. */
  mergedInto: z.uuid().nullable(),
  cases: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      title: z.string(),
      type: z.string(),
      status: z.string(),
      role: z.string(),
      perpetratorRoles: z.array(z.string()),
    }),
  ),
});
export type PersonView = z.infer<typeof PersonView>;

export const PurposeQuery = z.object({
  purpose: z.string().trim().min(3, 'say why you open this person (at least 3 characters)').max(200),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(3).max(200).default('search'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const SearchHit = z.object({
  kind: z.enum(['person', 'vehicle']),
  id: z.uuid(),
  label: z.string(),
  detail: z.string().nullable(),
  /** What matched: name, name_similar, birth_year, phone, document, plate. */
  reasons: z.array(z.string()),
  score: z.number(),
  caseId: z.uuid().nullable(),
});
export const SearchResult = z.object({ hits: z.array(SearchHit) });
export type SearchHit = z.infer<typeof SearchHit>;
