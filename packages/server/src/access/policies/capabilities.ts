/**
 * The role gates in front of the record-level rules: whether a role may use a capability at all,
 * from the one list in core that the web app's navigation reads too (core/src/model/capabilities.ts),
 * so that the browser offers what the server allows. Services ask here; none tests a role itself.
 */
import { type Capability, may } from '@veza/core';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';

/** What a refused user is told, naming who may. */
const WHO_MAY: Record<Capability, string> = {
  readInvestigationRecords:
    "investigation records are for the jurisdiction's investigators, prosecutors and coordinators",
  writeInvestigationRecords: 'investigators and prosecutors change investigation records',
  decideHits: 'investigators and prosecutors decide on hits',
  pauseHitNoHit: "only the jurisdiction's admins pause or resume hit/no-hit",
  recordScreenings: 'screeners and caseworkers record screenings',
  readScreenings: 'screenings are for screeners, caseworkers and coordinators',
  countScreenings: 'screening counts are for analysts and coordinators',
  analyse: 'dashboards, maps, warnings and statistics are for analysts and coordinators',
  publishInstruments: "only the jurisdiction's coordinators publish screening instruments",
  setReferralPathways: "the jurisdiction's coordinators and admins set the referral pathways",
  readRequestsDashboard: "the cooperation dashboard is for the jurisdiction's coordinators",
  watchRequests: "the jurisdiction's coordinators see all of its requests",
  readAudit: "the audit log is for the jurisdiction's admins and coordinators",
  manageMatchingModel: "the jurisdiction's coordinators see and change the matching model",
  openProtectionCases: 'caseworkers open protection cases',
  readProtectionCases:
    "protection cases are for the owning agency's caseworkers and the jurisdiction's coordinators",
  runReferralMechanism: "the jurisdiction's coordinators oversee its National Referral Mechanism",
  receiveProtectionShares: 'protection cases are shared with caseworkers, investigators and prosecutors',
  shareKnowledge:
    'practices, briefs and comments are written by those who work cases and screenings, not by admins',
  organiseMeetings: 'meetings are organised by coordinators, investigators and prosecutors',
  leadActionPlans: 'action plans are set by coordinators',
  manageUsers: "the jurisdiction's admins manage its users",
  editDirectory: "the jurisdiction's admins edit its part of the directory",
};

/** Throws 403, saying who may, unless the actor's roles have the capability. */
export function mustHave(actor: Actor, capability: Capability): void {
  if (!may(actor.roles, capability)) throw new AppError('forbidden', WHO_MAY[capability]);
}

/** Whether the actor's roles have the capability, for what changes with it (not a refusal). */
export function has(actor: Actor, capability: Capability): boolean {
  return may(actor.roles, capability);
}
