/**
 * Sessions: a random token in an httpOnly, SameSite=Strict cookie, stored only as its SHA-256.
 * A session ends after 30 idle minutes, 12 hours in all, on sign-out, on a password change and
 * when the account is disabled.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Jurisdiction, Role } from '@veza/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../access/actor.ts';
import type { Database, Tx } from '../../db/connection.ts';
import { sessions, users } from '../../db/schema.ts';

export const SESSION_COOKIE = 'veza_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionLimits {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export interface ActiveSession {
  readonly tokenHash: string;
  readonly csrfToken: string;
  readonly actor: Actor;
  readonly locale: string | null;
  readonly displayName: string;
  readonly totpEnabled: boolean;
  readonly expiresAt: Date;
}

export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  tx: Tx,
  userId: string,
  now: Date,
  client: { address: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await tx.insert(sessions).values({
    tokenHash: tokenHashOf(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    address: client.address,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken };
}

// Touching last_seen_at on every request would turn every read into a write; a minute's grain is enough.
const TOUCH_AFTER_MS = 60_000;

/** The live session for a cookie's token, or null when there is none, it expired or its account is disabled. */
export async function loadSession(
  database: Database,
  token: string,
  now: Date,
  limits: SessionLimits,
): Promise<ActiveSession | null> {
  const tokenHash = tokenHashOf(token);
  const [row] = await database.db
    .select({
      session: sessions,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        jurisdiction: users.jurisdiction,
        agencyId: users.agencyId,
        roles: users.roles,
        locale: users.locale,
        disabledAt: users.disabledAt,
        totpEnabledAt: users.totpEnabledAt,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  if (!row || row.session.revokedAt || row.user.disabledAt) return null;
  const idleEnds = row.session.lastSeenAt.getTime() + limits.idleMs;
  const absoluteEnds = row.session.createdAt.getTime() + limits.absoluteMs;
  if (now.getTime() >= idleEnds || now.getTime() >= absoluteEnds) {
    await database.db
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() >= TOUCH_AFTER_MS) {
    await database.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    tokenHash,
    csrfToken: row.session.csrfToken,
    actor: {
      userId: row.user.id,
      username: row.user.username,
      jurisdiction: row.user.jurisdiction as Jurisdiction,
      agencyId: row.user.agencyId,
      roles: row.user.roles as Role[],
    },
    locale: row.user.locale,
    displayName: row.user.displayName,
    totpEnabled: row.user.totpEnabledAt !== null,
    expiresAt: new Date(Math.min(now.getTime() + limits.idleMs, absoluteEnds)),
  };
}

export async function revokeSession(tx: Tx, tokenHash: string, now: Date): Promise<void> {
  await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user: on a password change, when the account is disabled. */
export async function revokeAllSessions(tx: Tx, userId: string, now: Date): Promise<number> {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

/** Removes sessions that ended more than a day ago; run at start-up. */
export async function purgeOldSessions(database: Database, now: Date, limits: SessionLimits): Promise<void> {
  const cutoff = new Date(now.getTime() - limits.absoluteMs - 86_400_000);
  await database.db.delete(sessions).where(sql`${sessions.createdAt} < ${cutoff.toISOString()}::timestamptz`);
}
