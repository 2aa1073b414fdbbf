import { randomBytes } from 'node:crypto';
/** What a signed-in user does with their own account: profile, language, password, second factor. */
import { type InterfaceLocale, type Jurisdiction, type Role, secondFactorRequired } from '@veza/core';
import { eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { type ChangeAction, recordChange } from '../../access/audit.ts';
import { revokeAllSessions } from '../../access/sessions.ts';
import { agencies, users } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import type { SecretBox } from '../../secret-box.ts';
import { checkNewPassword, hashPassword, verifyPassword } from './passwords.ts';
import { enrolmentFor, freshTotpStep, newRecoveryCodes, newTotpSecret, recoveryCodeHash } from './totp.ts';

/** Audits something the user did to their own account. */
export function auditOwnAccount(ctx: ActorContext, action: ChangeAction, details?: Record<string, unknown>) {
  return recordChange(ctx, action, 'user', ctx.actor.userId, details);
}

export async function loadProfile(ctx: ActorContext) {
  const [row] = await ctx.tx
    .select({ user: users, agency: { id: agencies.id, name: agencies.name, type: agencies.type } })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, ctx.actor.userId));
  if (!row) throw notFound('Account');
  return {
    id: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    jurisdiction: row.user.jurisdiction as Jurisdiction,
    agency: row.agency,
    roles: row.user.roles as Role[],
    locale: row.user.locale as InterfaceLocale | null,
    email: row.user.email,
    totpEnabled: row.user.totpEnabledAt !== null,
    recoveryCodesLeft: row.user.recoveryCodeHashes.length,
    isDemo: row.user.isDemo,
    secondFactorRequired: secondFactorRequired({
      roles: row.user.roles as Role[],
      totpEnabled: row.user.totpEnabledAt !== null,
      isDemo: row.user.isDemo,
    }),
  };
}
export type Profile = Awaited<ReturnType<typeof loadProfile>>;

/** The user's own settings: the interface language, and where notification e-mails go (null: none). */
export async function updateOwnAccount(
  ctx: ActorContext,
  changes: { locale?: InterfaceLocale | undefined; email?: string | null | undefined },
): Promise<void> {
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return;
  await ctx.tx.update(users).set(set).where(eq(users.id, ctx.actor.userId));
  await auditOwnAccount(ctx, 'update', set);
}

async function ownAccount(ctx: ActorContext) {
  const [user] = await ctx.tx.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!user) throw notFound('Account');
  return user;
}

async function requirePassword(ctx: ActorContext, password: string, field: string) {
  const user = await ownAccount(ctx);
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('validation', 'the current password is wrong', { field });
  }
  return user;
}

/** Changes the password and ends every session of the account, this one included. */
export async function changePassword(
  ctx: ActorContext,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await requirePassword(ctx, currentPassword, 'currentPassword');
  checkNewPassword(newPassword, user.username);
  if (currentPassword === newPassword) {
    throw new AppError('validation', 'the new password must differ from the current one', {
      field: 'newPassword',
    });
  }
  await ctx.tx
    .update(users)
    .set({
      passwordHash: await hashPassword(newPassword),
      passwordChangedAt: ctx.now,
      updatedAt: ctx.now,
      updatedBy: user.id,
    })
    .where(eq(users.id, user.id));
  const ended = await revokeAllSessions(ctx.tx, user.id, ctx.now);
  await auditOwnAccount(ctx, 'password_change', { sessionsEnded: ended });
}

/** Starts enrolment: a new secret, shown once as a QR code; it counts only after confirmTotp. */
export async function startTotpEnrolment(ctx: ActorContext, secrets: SecretBox) {
  const user = await ownAccount(ctx);
  if (user.totpEnabledAt)
    throw new AppError('conflict', 'a second factor is already enrolled; remove it first');
  const secret = newTotpSecret();
  await ctx.tx
    .update(users)
    .set({ totpSecret: secrets.seal(secret, user.id) })
    .where(eq(users.id, user.id));
  const { uri, qrSvg } = await enrolmentFor(user.username, secret);
  return { secret, uri, qrSvg };
}

export async function confirmTotp(
  ctx: ActorContext,
  code: string,
  secrets: SecretBox,
): Promise<{ recoveryCodes: string[] }> {
  const user = await ownAccount(ctx);
  if (user.totpEnabledAt) throw new AppError('conflict', 'a second factor is already enrolled');
  if (!user.totpSecret) throw new AppError('validation', 'start the enrolment first', { field: 'code' });
  const step = freshTotpStep(secrets, user, code, ctx.now);
  if (step === null) {
    throw new AppError(
      'validation',
      'the code does not match; check the time on your phone and try the next code',
      {
        field: 'code',
      },
    );
  }
  const recoveryCodes = newRecoveryCodes();
  await ctx.tx
    .update(users)
    .set({
      totpEnabledAt: ctx.now,
      totpLastStep: step,
      recoveryCodeHashes: recoveryCodes.map(recoveryCodeHash),
    })
    .where(eq(users.id, user.id));
  await auditOwnAccount(ctx, 'totp_enrol');
  return { recoveryCodes };
}

export async function removeTotp(ctx: ActorContext, password: string): Promise<void> {
  const user = await requirePassword(ctx, password, 'password');
  if (!user.totpEnabledAt) throw new AppError('conflict', 'no second factor is enrolled');
  await ctx.tx
    .update(users)
    .set({ totpEnabledAt: null, totpSecret: null, totpLastStep: null, recoveryCodeHashes: [] })
    .where(eq(users.id, user.id));
  await auditOwnAccount(ctx, 'totp_disable');
}

/**
 * The key the user's devices encrypt their offline queue with, made on first use. The device keeps
 * it for the browser session only; the encrypted queue stays in the device's storage.
 */
export async function deviceQueueKey(ctx: ActorContext): Promise<string> {
  const [row] = await ctx.tx
    .select({ key: users.deviceQueueKey })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  if (row?.key) return row.key;
  const key = randomBytes(32).toString('base64');
  await ctx.tx.update(users).set({ deviceQueueKey: key }).where(eq(users.id, ctx.actor.userId));
  return key;
}
