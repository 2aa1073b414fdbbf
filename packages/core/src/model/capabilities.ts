/**
 * What each role may use, by capability: the one list that the server's checks and the web app's
 * navigation both read, so that the interface offers a role only what the server will allow.
 * Record-level rules (which agency, which jurisdiction, which request) stay in the server's
 * access layer; these are the role gates in front of them.
 */
import { requestTypesFor } from './request.ts';
import type { Role } from './role.ts';

export const CAPABILITIES = {
  /** Cases, persons, the record search. */
  readInvestigationRecords: ['investigator', 'prosecutor', 'coordinator'],
  writeInvestigationRecords: ['investigator', 'prosecutor'],
  /** Marking a hit across jurisdictions relevant or not (those who read records see hits). */
  decideHits: ['investigator', 'prosecutor'],
  /** Taking the jurisdiction out of hit/no-hit and back. */
  pauseHitNoHit: ['admin'],
  recordScreenings: ['screener', 'caseworker'],
  readScreenings: ['screener', 'caseworker', 'coordinator'],
  /** Screening counts, small counts suppressed: what analysts see of screening. */
  countScreenings: ['analyst', 'coordinator'],
  /** Dashboards, maps, early warnings and statistics: protected counts, never a record. */
  analyse: ['analyst', 'coordinator'],
  publishInstruments: ['coordinator'],
  setReferralPathways: ['coordinator', 'admin'],
  readRequestsDashboard: ['coordinator'],
  /** Seeing every request the jurisdiction is party to, without acting on it. */
  watchRequests: ['coordinator'],
  readAudit: ['admin', 'coordinator'],
  /** The matching model of the duplicate search: its weights, versions, bringing one back. */
  manageMatchingModel: ['coordinator'],
  /** Victim protection: caseworkers open and work protection cases; coordinators run the NRM. */
  openProtectionCases: ['caseworker'],
  readProtectionCases: ['caseworker', 'coordinator'],
  /** Overseeing the National Referral Mechanism: every case, transfers in, retention reviews. */
  runReferralMechanism: ['coordinator'],
  /** What the owner of a protection case shared with the agency (the chosen fields, under consent). */
  receiveProtectionShares: ['caseworker', 'investigator', 'prosecutor'],
  /** Writing practices, case briefs and lessons, and commenting (every signed-in user reads them). */
  shareKnowledge: ['screener', 'caseworker', 'investigator', 'prosecutor', 'coordinator', 'analyst'],
  /** Organising a regional or national meeting: its participants, minutes, decisions, action points. */
  organiseMeetings: ['coordinator', 'investigator', 'prosecutor'],
  /** Action plans (per year or theme), which group action points under a leader. */
  leadActionPlans: ['coordinator'],
  manageUsers: ['admin'],
  editDirectory: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof CAPABILITIES;

/** Whether a user with these roles has the capability. */
export function may(roles: readonly Role[], capability: Capability): boolean {
  const allowed: readonly Role[] = CAPABILITIES[capability];
  return roles.some((r) => allowed.includes(r));
}

/** Those who may send some kind of operational request. */
export function sendsRequests(roles: readonly Role[]): boolean {
  return requestTypesFor(roles).length > 0;
}

/** Operational requests: those who may send some kind of request, and coordinators, who read them. */
export function usesRequests(roles: readonly Role[]): boolean {
  return sendsRequests(roles) || roles.includes('coordinator');
}

/** The screening page: its list, its counts (analysts) or its referral pathways (admins). */
export function usesScreening(roles: readonly Role[]): boolean {
  return may(roles, 'readScreenings') || may(roles, 'countScreenings') || may(roles, 'setReferralPathways');
}
