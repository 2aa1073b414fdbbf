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
