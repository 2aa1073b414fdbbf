/**
 * A case as one self-contained document: the case, its people in their roles, vehicles, route and
 * events, with persons referred to by a local key. What HTCDS export and import carry.
 */
import { z } from 'zod';
import { CaseInput, CaseRole, PerpetratorRole } from '../model/case.ts';
import { PersonInput } from '../model/person.ts';
import { CaseEventInput, RouteLegInput } from '../model/route.ts';
import { VehicleInput } from '../model/vehicle.ts';

export const BundlePerson = PersonInput.extend({
  /** The person's key within the bundle, for roles, legs and events to refer to. */
  key: z.string().min(1).max(100),
  role: CaseRole,
  perpetratorRoles: z.array(PerpetratorRole).default([]),
  roleDetails: z.string().nullish(),
});
export type BundlePerson = z.infer<typeof BundlePerson>;

export const CaseBundle = z.object({
  /** The case's reference where it came from. */
  reference: z.string().min(1).max(60),
  jurisdiction: z.string().min(2).max(3),
  case: CaseInput.omit({ agencyId: true }),
  people: z.array(BundlePerson),
  vehicles: z.array(VehicleInput),
  route: z.array(
    RouteLegInput.omit({ facilitatorPersonId: true }).extend({ facilitatorKey: z.string().nullish() }),
  ),
  events: z.array(CaseEventInput.omit({ personId: true }).extend({ personKey: z.string().nullish() })),
});
export type CaseBundle = z.infer<typeof CaseBundle>;
