/** The person on whose behalf a request, a CLI command or a job acts. */

import type { Jurisdiction, Role } from '@veza/core';
import type { Tx } from '../db/connection.ts';
import type { Changes } from './changes.ts';

export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly jurisdiction: Jurisdiction;
  readonly agencyId: string;
  readonly roles: readonly Role[];
}

/** What every business operation receives: who acts, in which transaction, when, and from where. */
export interface ActorContext {
  readonly actor: Actor;
  readonly tx: Tx;
  readonly now: Date;
  readonly address: string | null;
  /** What this transaction changed, for the work that follows once it commits. */
  readonly changes: Changes;
  /**
   * The audit entries of this transaction, appended to the chain just before it commits (audit.ts):
   * the chain's lock is then held for the append and the commit only, not for the whole request.
   */
  readonly pendingAudit?: PendingAuditEntry[];
}

/** An audit entry written at commit: when, and what (audit.ts's AuditEntryInput). */
export interface PendingAuditEntry {
  readonly at: Date;
  readonly input: import('./audit.ts').AuditEntryInput;
}

export const hasRole = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));
