/** Users: a jurisdiction's admins manage its accounts; everybody else sees only their own. */
import { eq, type SQL } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { type Actor, hasRole } from '../actor.ts';
import { isAdminOf, type Owned, type Policy, sameJurisdiction } from '../policy.ts';

export interface UserRecord extends Owned {
  readonly id: string;
}

const isSelf = (actor: Actor, user: UserRecord) => actor.userId === user.id;

export const userPolicy: Policy<UserRecord> = {
  sees: (actor, user) => isSelf(actor, user) || isAdminOf(actor, user),
  may: {
    read: (actor, user) => isSelf(actor, user) || isAdminOf(actor, user),
    create: isAdminOf,
    // An admin cannot disable their own account or drop their own admin role: someone must remain.
    update: (actor, user) => isAdminOf(actor, user) && !isSelf(actor, user),
  },
};

export function visibleUsers(actor: Actor): SQL {
  return hasRole(actor, 'admin') ? eq(users.jurisdiction, actor.jurisdiction) : eq(users.id, actor.userId);
}

export { sameJurisdiction };
