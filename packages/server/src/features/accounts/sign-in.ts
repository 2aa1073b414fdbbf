/**
 * Signing in: password, then the second factor when the account has one, with failed attempts
 * limited per account and per address and every attempt, good or bad, in the audit log.
 * The outcome is returned, not thrown, so that a failure is recorded in a transaction that commits.
 */
import { and, count, eq, gt, max, sql } from 'drizzle-orm';
// biome-ignore lint/style/noRestrictedImports: a sign-in is audited before there is an actor
import { appendAudit } from '../../access/audit.ts';
import { createSession } from '../../access/sessions.ts';
import { asSystem } from '../../access/transaction.ts';
import type { Database } from '../../db/connection.ts';
import { signInAttempts, users } from '../../db/schema.ts';
import type { SecretBox } from '../../secret-box.ts';
import { verifyPassword } from './passwords.ts';
import { freshTotpStep, recoveryCodeHash } from './totp.ts';

export interface SignInLimits {
  readonly windowMs: number;
  readonly maxFailuresPerAccount: number;
  readonly maxFailuresPerAddress: number;
}

export interface SignInRequest {
  readonly username: string;
  readonly password: string;
  readonly totp?: string | undefined;
  readonly address: string;
  readonly userAgent: string | null;
  readonly now: Date;
}

export type SignInResult =
  | { outcome: 'signed_in'; userId: string; token: string; csrfToken: string }
  | { outcome: 'invalid_credentials' }
  | { outcome: 'totp_required' }
  | { outcome: 'rate_limited'; retryAfterSeconds: number };

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export async function signIn(
  database: Database,
  request: SignInRequest,
  limits: SignInLimits,
  secrets: SecretBox,
): Promise<SignInResult> {
  const username = normaliseUsername(request.username);
  const { now, address } = request;
  const windowStart = new Date(now.getTime() - limits.windowMs);

  const retryAfter = await asSystem(database, async (tx) => {
    // Failures count from the later of the window's start and the account's last good sign-in.
    const [lastGood] = await tx
      .select({ at: max(signInAttempts.at) })
      .from(signInAttempts)
      .where(
        and(
          eq(signInAttempts.username, username),
          eq(signInAttempts.succeeded, true),
          gt(signInAttempts.at, windowStart),
        ),
      );
    const accountSince = lastGood?.at && lastGood.at > windowStart ? lastGood.at : windowStart;
    const failuresFor = async (
      column: typeof signInAttempts.username | typeof signInAttempts.address,
      value: string,
      since: Date,
    ) => {
      const [row] = await tx
        .select({ n: count(), oldest: sql<string | Date | null>`min(${signInAttempts.at})` })
        .from(signInAttempts)
        .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)));
      return { n: Number(row?.n ?? 0), oldest: row?.oldest ? new Date(row.oldest) : null };
    };
    const byAccount = await failuresFor(signInAttempts.username, username, accountSince);
    const byAddress = await failuresFor(signInAttempts.address, address, windowStart);
    const blocked = [
      byAccount.n >= limits.maxFailuresPerAccount ? byAccount.oldest : null,
      byAddress.n >= limits.maxFailuresPerAddress ? byAddress.oldest : null,
    ].filter((d): d is Date => d !== null);
    if (blocked.length === 0) return 0;
    const until = Math.max(...blocked.map((d) => d.getTime() + limits.windowMs));
    const [user] = await tx
      .select({ id: users.id, jurisdiction: users.jurisdiction })
      .from(users)
      .where(eq(users.username, username));
    await appendAudit(tx, now, {
      actor: null,
      jurisdiction: user?.jurisdiction ?? null,
      action: 'sign_in',
      outcome: 'refused',
      recordType: 'user',
      recordId: user?.id ?? null,
      address,
      details: { username, reason: 'too many failed attempts' },
    });
    return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  });
  if (retryAfter > 0) return { outcome: 'rate_limited', retryAfterSeconds: retryAfter };

  const [user] = await database.db.select().from(users).where(eq(users.username, username)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, request.password);
  const usable = user !== undefined && passwordOk && user.disabledAt === null;

  if (usable && user.totpEnabledAt && user.totpSecret && !request.totp) {
    // The password was right: ask for the second factor without counting a failure.
    return { outcome: 'totp_required' };
  }

  return asSystem(database, async (tx) => {
    let secondFactor: 'totp' | 'recovery_code' | null = null;
    let ok = usable;
    if (ok && user?.totpEnabledAt && user.totpSecret && request.totp) {
      const step = freshTotpStep(secrets, user, request.totp, now);
      if (step !== null) {
        secondFactor = 'totp';
        await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
      } else {
        const codeHash = recoveryCodeHash(request.totp);
        if (user.recoveryCodeHashes.includes(codeHash)) {
          secondFactor = 'recovery_code';
          await tx
            .update(users)
            .set({ recoveryCodeHashes: user.recoveryCodeHashes.filter((h) => h !== codeHash) })
            .where(eq(users.id, user.id));
        } else {
          ok = false;
        }
      }
    }
    await tx.insert(signInAttempts).values({ username, address, at: now, succeeded: ok });
    await appendAudit(tx, now, {
      actor:
        ok && user
          ? { userId: user.id, username: user.username, jurisdiction: user.jurisdiction as never }
          : null,
      jurisdiction: user?.jurisdiction ?? null,
      action: 'sign_in',
      outcome: ok ? 'success' : 'failure',
      recordType: 'user',
      recordId: user?.id ?? null,
      address,
      details: ok
        ? { username, secondFactor }
        : { username, reason: user?.disabledAt ? 'account disabled' : 'wrong credentials' },
    });
    if (!ok || !user) return { outcome: 'invalid_credentials' } as const;
    const { token, csrfToken } = await createSession(tx, user.id, now, {
      address,
      userAgent: request.userAgent,
    });
    return { outcome: 'signed_in', userId: user.id, token, csrfToken } as const;
  });
}
