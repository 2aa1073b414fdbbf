/** Input and output of signing in and of the signed-in user's own account. */

import { z } from 'zod';
import { InterfaceLocale, Jurisdiction, Role } from '../model/index.ts';

export const SignInBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  totp: z.string().trim().min(1).max(20).optional(),
});

export const Me = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  jurisdiction: Jurisdiction,
  agency: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
  roles: z.array(Role),
  locale: InterfaceLocale.nullable(),
  /** Where notification e-mails go; they say only that something is waiting. */
  email: z.string().nullable(),
  totpEnabled: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  isDemo: z.boolean(),
  /** The role sees victims and the account has no second factor yet: only setting one up is allowed. */
  secondFactorRequired: z.boolean(),
  /** Send it back in the X-CSRF-Token header of every request that changes something. */
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof Me>;

export const MeUpdate = z
  .object({ locale: InterfaceLocale.optional(), email: z.email().max(200).nullable().optional() })
  .refine((v) => v.locale !== undefined || v.email !== undefined, { message: 'send locale or email' });
export const PasswordChange = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
export const TotpEnrolment = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export const TotpConfirm = z.object({ code: z.string().trim().min(6).max(10) });
export const TotpRemove = z.object({ password: z.string().min(1).max(200) });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export const Done = z.object({ ok: z.literal(true) });
