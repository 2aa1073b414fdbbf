/** Roles a user holds within their jurisdiction; what each may do is decided in the server's access layer. */
import { z } from 'zod';

export const ROLES = [
  'screener',
  'caseworker',
  'investigator',
  'prosecutor',
  'coordinator',
  'analyst',
  'admin',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * The roles that see victims (screenings, protection cases): their accounts must have a second
 * factor before they may do anything but set one up. Demo accounts are exempt, so that the demo
 * region can be walked without an authenticator; a real deployment has none.
 */
export const ROLES_SEEING_VICTIMS: readonly Role[] = ['screener', 'caseworker', 'coordinator'];

export function secondFactorRequired(account: {
  roles: readonly Role[];
  totpEnabled: boolean;
  isDemo: boolean;
}): boolean {
  return (
    !account.totpEnabled && !account.isDemo && account.roles.some((r) => ROLES_SEEING_VICTIMS.includes(r))
  );
}
