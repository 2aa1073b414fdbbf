/**
 * Protection cases: the owning agency's caseworkers work them; the case's own caseworker and
 * supervisor always see theirs; the jurisdiction's coordinators, who run the National Referral
 * Mechanism, see every case and take the reasonable-grounds decision. Investigators and prosecutors
 * never see a case by this rule (only what the person consented to share with the authorities,
 * shared by the case's owner). Row-level security (drizzle/0028_protection_access.sql) draws the same line.
 */
import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { protectionCases } from '../../db/schema.ts';
import { type Actor, hasRole } from '../actor.ts';
import type { Policy } from '../policy.ts';

export interface ProtectionRecord {
  readonly jurisdiction: string;
  readonly agencyId: string;
  readonly ownerId: string;
  readonly supervisorId: string | null;
  readonly status: string;
}

export type ProtectionAction =
  | 'read'
  | 'update'
  | 'decide_reasonable_grounds'
  | 'move_stage'
  | 'record_consent'
  | 'refer_to_service'
  | 'share'
  | 'transfer'
  | 'approve'
  | 'override_consent'
  | 'close'
  | 'reopen'
  | 'erase';

const own = (actor: Actor, c: ProtectionRecord) =>
  c.ownerId === actor.userId || c.supervisorId === actor.userId;
const agencyCaseworker = (actor: Actor, c: ProtectionRecord) =>
  c.agencyId === actor.agencyId && hasRole(actor, 'caseworker');
const coordinator = (actor: Actor) => hasRole(actor, 'coordinator');
/** Those who work the case: its agency's caseworkers, its own caseworker and supervisor. */
const works = (actor: Actor, c: ProtectionRecord) => agencyCaseworker(actor, c) || own(actor, c);
const open = (c: ProtectionRecord) => c.status === 'open';
/** The case's own caseworker: who shares it and hands it over. */
const owner = (actor: Actor, c: ProtectionRecord) => c.ownerId === actor.userId;
/** Who approves the caseworkers' decisions: the case's supervisor, or the jurisdiction's coordinators. */
const approver = (actor: Actor, c: ProtectionRecord) => c.supervisorId === actor.userId || coordinator(actor);

export const protectionPolicy: Policy<ProtectionRecord, ProtectionAction> = {
  sees: (actor, c) => c.jurisdiction === actor.jurisdiction && (works(actor, c) || coordinator(actor)),
  may: {
    read: () => true,
    update: (actor, c) => open(c) && works(actor, c),
    decide_reasonable_grounds: (actor, c) => open(c) && (works(actor, c) || coordinator(actor)),
    move_stage: (actor, c) => open(c) && works(actor, c),
    record_consent: (actor, c) => open(c) && works(actor, c),
    refer_to_service: (actor, c) => open(c) && works(actor, c),
    share: (actor, c) => open(c) && owner(actor, c),
    transfer: (actor, c) => open(c) && owner(actor, c),
    approve: (actor, c) => open(c) && approver(actor, c),
    override_consent: (actor, c) => open(c) && approver(actor, c),
    close: (actor, c) => open(c) && own(actor, c),
    reopen: (actor, c) => !open(c) && (own(actor, c) || coordinator(actor)),
    erase: (actor, c) => !open(c) && coordinator(actor),
  },
};

/** The order the interface offers a case's actions in. */
export const PROTECTION_OFFERED: readonly ProtectionAction[] = [
  'read',
  'update',
  'decide_reasonable_grounds',
  'move_stage',
  'record_consent',
  'refer_to_service',
  'share',
  'transfer',
  'approve',
  'override_consent',
  'close',
  'reopen',
  'erase',
];

/** The listing filter: the cases the actor sees (row-level security says the same). */
export function visibleProtectionCases(actor: Actor): SQL {
  const t = protectionCases;
  if (hasRole(actor, 'coordinator')) return sql`${t.jurisdiction} = ${actor.jurisdiction}`;
  const agency = hasRole(actor, 'caseworker') ? sql`${t.agencyId} = ${actor.agencyId}` : sql`false`;
  return sql`(${t.jurisdiction} = ${actor.jurisdiction} and (${agency} or ${t.ownerId} = ${actor.userId} or ${t.supervisorId} = ${actor.userId}))`;
}
