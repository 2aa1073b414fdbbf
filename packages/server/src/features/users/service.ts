/** User administration: a jurisdiction's admins create, change, disable and re-enable its accounts. */
import type { Role } from '@veza/core';
import { and, asc, eq, ilike, isNull, type SQL } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { has } from '../../access/policies/capabilities.ts';
import { userPolicy, visibleUsers } from '../../access/policies/users.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { openRecord, recordRead } from '../../access/reads.ts';
import { revokeAllSessions } from '../../access/sessions.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import { agencies, users } from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { checkNewPassword, hashPassword } from '../accounts/index.ts';
import type { UserView } from './schema.ts';

const selection = { user: users, agency: { id: agencies.id, name: agencies.name } };

type Row = { user: typeof users.$inferSelect; agency: { id: string; name: string } };

function present(ctx: ActorContext, row: Row): UserView {
  const { user } = row;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    jurisdiction: user.jurisdiction as UserView['jurisdiction'],
    agency: row.agency,
    roles: user.roles as Role[],
    disabled: user.disabledAt !== null,
    totpEnabled: user.totpEnabledAt !== null,
    isDemo: user.isDemo,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
    allowedActions: allowedActions(userPolicy, ctx.actor, user),
  };
}

export async function listUsers(
  ctx: ActorContext,
  query: { q?: string | undefined; includeDisabled?: boolean },
) {
  const conditions: (SQL | undefined)[] = [visibleUsers(ctx.actor)];
  if (!query.includeDisabled) conditions.push(isNull(users.disabledAt));
  if (query.q) conditions.push(ilike(users.username, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`));
  const rows = await ctx.tx
    .select(selection)
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(...conditions))
    .orderBy(asc(users.username))
    .limit(500);
  if (has(ctx.actor, 'manageUsers')) {
    // A list of colleagues' names and roles is personal data: its read is audited like a single record's.
    await recordRead(ctx, {
      recordType: 'user_list',
      purpose: 'user administration',
      details: { count: rows.length, ...(query.q ? { q: query.q } : {}) },
    });
  }
  return rows.map((row) => present(ctx, row));
}

async function loadUser(ctx: ActorContext, id: string): Promise<Row | undefined> {
  const [row] = await ctx.tx
    .select(selection)
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, id));
  return row;
}

export async function getUser(ctx: ActorContext, id: string, purpose: string): Promise<UserView> {
  const row = await loadUser(ctx, id);
  await openRecord(ctx, userPolicy, row?.user, 'User', { recordType: 'user', recordId: id, purpose });
  return present(ctx, row!);
}

export async function createUser(
  ctx: ActorContext,
  input: { username: string; displayName: string; agencyId: string; roles: Role[]; password: string },
): Promise<UserView> {
  authorize(userPolicy, ctx.actor, 'create', { id: '', jurisdiction: ctx.actor.jurisdiction }, 'User');
  const [agency] = await ctx.tx.select().from(agencies).where(eq(agencies.id, input.agencyId));
  if (!agency || agency.jurisdiction !== ctx.actor.jurisdiction) {
    throw new AppError('validation', 'choose an agency of your own jurisdiction', { field: 'agencyId' });
  }
  checkNewPassword(input.password, input.username, 'password');
  const [taken] = await ctx.tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  // Usernames are unique across the region; RLS hides other jurisdictions' users, the unique index does not.
  const created = taken
    ? []
    : await ctx.tx
        .insert(users)
        .values({
          username: input.username,
          displayName: input.displayName,
          jurisdiction: ctx.actor.jurisdiction,
          agencyId: agency.id,
          roles: [...new Set(input.roles)],
          passwordHash: await hashPassword(input.password),
          createdBy: ctx.actor.userId,
          updatedBy: ctx.actor.userId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
          passwordChangedAt: ctx.now,
        })
        .onConflictDoNothing()
        .returning({ id: users.id });
  if (!created[0]) throw new AppError('conflict', 'this username is taken', { field: 'username' });
  await recordChange(ctx, 'create', 'user', created[0].id, {
    username: input.username,
    roles: input.roles,
    agencyId: agency.id,
  });
  return present(ctx, (await loadUser(ctx, created[0].id))!);
}

export async function updateUser(
  ctx: ActorContext,
  id: string,
  change: {
    version: number;
    displayName?: string | undefined;
    roles?: Role[] | undefined;
    disabled?: boolean | undefined;
  },
): Promise<UserView> {
  const row = await loadUser(ctx, id);
  const user = authorize(userPolicy, ctx.actor, 'update', row?.user, 'User');
  const disabledAt =
    change.disabled === undefined ? user.disabledAt : change.disabled ? (user.disabledAt ?? ctx.now) : null;
  const [updated] = await ctx.tx
    .update(users)
    .set({
      displayName: change.displayName ?? user.displayName,
      roles: change.roles ? [...new Set(change.roles)] : user.roles,
      disabledAt,
      ...changeStamp(ctx, user),
    })
    .where(atVersion(users, id, change.version))
    .returning({ id: users.id });
  if (!updated) throw staleVersion('This account');
  let sessionsEnded = 0;
  if (disabledAt && !user.disabledAt) sessionsEnded = await revokeAllSessions(ctx.tx, id, ctx.now);
  await recordChange(ctx, 'update', 'user', id, {
    ...(change.displayName !== undefined ? { displayName: change.displayName } : {}),
    ...(change.roles ? { roles: change.roles } : {}),
    ...(change.disabled !== undefined ? { disabled: change.disabled, sessionsEnded } : {}),
  });
  return present(ctx, (await loadUser(ctx, id))!);
}
