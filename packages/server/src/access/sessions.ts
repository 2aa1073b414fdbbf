/**
 * Sessions: a random token in an httpOnly, SameSite=Strict cookie, stored only as its SHA-256.
 * A session ends after 30 idle minutes, 12 hours in all, on sign-out, on a password change and
 * when the account is disabled.
 */

import { createHash, randomBytes } from 'node:crypto';
import { type Jurisdiction, type Role, secondFactorRequired } from '@veza/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Database, type PreparedStatement, runPrepared, type Tx } from '../db/connection.ts';
import { sessions } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor, ActorContext } from './actor.ts';
import { flushAudit } from './audit.ts';
import { committed, noChanges, queueFollowUp } from './changes.ts';
import { APP_ROLE, actorSettings } from './transaction.ts';

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
  /** A role that sees victims, no second factor yet: only setting one up is allowed (core/src/model/role.ts). */
  readonly secondFactorRequired: boolean;
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

interface SessionRow {
  csrf_token: string;
  created_at: Date | string;
  last_seen_at: Date | string;
  id: string;
  username: string;
  display_name: string;
  jurisdiction: string;
  agency_id: string;
  roles: string[];
  locale: string | null;
  totp_enabled: boolean;
  is_demo: boolean;
}

const ENTER_SESSION: PreparedStatement = {
  name: 'veza_enter_session',
  text: `select s.csrf_token, s.created_at, s.last_seen_at, u.id, u.username, u.display_name, u.jurisdiction, u.agency_id,
      u.roles, u.locale, u.totp_enabled_at is not null as totp_enabled, u.is_demo,
      ${actorSettings({
        jurisdiction: 'u.jurisdiction',
        actorId: 'u.id::text',
        agencyId: 'u.agency_id::text',
        roles: "array_to_string(u.roles, ',')",
        role: '$4',
      })}
    from sessions s join users u on u.id = s.user_id
    where s.token_hash = $1 and s.revoked_at is null and u.disabled_at is null
      and s.last_seen_at > $2::timestamptz and s.created_at > $3::timestamptz`,
};

/**
 * Opens a request's transaction on its session, in one statement: the session must exist, be neither
 * revoked nor idle nor past its absolute end, and belong to an enabled account; only then does the
 * statement record the actor for the row-level security policies and switch to the application role
 * (set_config runs for returned rows alone). Null, with the role unchanged, when the session is not live:
 * the caller must then end the transaction.
 */
export async function enterSession(
  tx: Tx,
  token: string,
  now: Date,
  limits: SessionLimits,
): Promise<ActiveSession | null> {
  const tokenHash = tokenHashOf(token);
  const idleCutoff = new Date(now.getTime() - limits.idleMs).toISOString();
  const absoluteCutoff = new Date(now.getTime() - limits.absoluteMs).toISOString();
  const [row] = await runPrepared<SessionRow>(tx, ENTER_SESSION, [
    tokenHash,
    idleCutoff,
    absoluteCutoff,
    APP_ROLE,
  ]);
  if (!row) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (now.getTime() - lastSeen >= TOUCH_AFTER_MS) {
    // As the application role now: its policy lets it touch sessions of its own jurisdiction.
    await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const absoluteEnds = new Date(row.created_at).getTime() + limits.absoluteMs;
  return {
    tokenHash,
    csrfToken: row.csrf_token,
    actor: {
      userId: row.id,
      username: row.username,
      jurisdiction: row.jurisdiction as Jurisdiction,
      agencyId: row.agency_id,
      roles: row.roles as Role[],
    },
    locale: row.locale,
    displayName: row.display_name,
    totpEnabled: row.totp_enabled,
    secondFactorRequired: secondFactorRequired({
      roles: row.roles as Role[],
      totpEnabled: row.totp_enabled,
      isDemo: row.is_demo,
    }),
    expiresAt: new Date(Math.min(now.getTime() + limits.idleMs, absoluteEnds)),
  };
}

/** Runs work in a transaction opened on a live session, or refuses with 401. */
export async function withSession<T>(
  database: Database,
  token: string,
  options: { now: Date; limits: SessionLimits; address: string | null },
  work: (ctx: ActorContext, session: ActiveSession) => Promise<T>,
): Promise<T> {
  const changes = noChanges();
  const result = await database.db.transaction(async (tx) => {
    const session = await enterSession(tx, token, options.now, options.limits);
    if (!session) throw new AppError('unauthenticated', 'sign in first; your session may have expired');
    const ctx: ActorContext = {
      actor: session.actor,
      tx,
      now: options.now,
      address: options.address,
      changes,
      pendingAudit: [],
    };
    const result = await work(ctx, session);
    await queueFollowUp(tx, changes);
    await flushAudit(ctx);
    return result;
  });
  committed(database, changes);
  return result;
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
