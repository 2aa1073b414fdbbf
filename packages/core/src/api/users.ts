/** Input and output of the user administration API. */

import { z } from 'zod';
import { Jurisdiction, Role } from '../model/index.ts';

export const UserView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  jurisdiction: Jurisdiction,
  agency: z.object({ id: z.uuid(), name: z.string() }),
  roles: z.array(Role),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
});
export type UserView = z.infer<typeof UserView>;

export const UserList = z.object({ users: z.array(UserView) });

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,63}$/,
    'a username has 3 to 64 letters a-z, digits, dots, hyphens or underscores',
  );

export const UserCreate = z.object({
  username: Username,
  displayName: z.string().trim().min(2).max(200),
  agencyId: z.uuid(),
  roles: z.array(Role).min(1).max(7),
  password: z.string().min(1).max(200),
});

export const UserUpdate = z.object({
  version: z.number().int().positive(),
  displayName: z.string().trim().min(2).max(200).optional(),
  roles: z.array(Role).min(1).max(7).optional(),
  disabled: z.boolean().optional(),
});

export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  includeDisabled: z.enum(['true', 'false']).optional(),
});
