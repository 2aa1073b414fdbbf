/**
 * The access rules a route can be guarded by, each a file of this folder or a role gate: every API
 * route declares one (guardedBy in access/request.ts) or is public, and the app refuses to start
 * otherwise (http/app.ts), so that a new route cannot forget who may use it.
 */
export const POLICIES = {
  investigation:
    'investigation records: cases, persons, vehicles, duplicates, hits, imports (investigation.ts)',
  network: 'network charts and the network of investigation records (network.ts, investigation.ts)',
  requests: 'operational requests between agencies (requests.ts)',
  protection: 'protection cases, their decisions and consents (protection.ts)',
  screening: 'screenings, instruments and referral pathways (screening.ts, capabilities.ts)',
  directory: 'the regional directory (directory.ts)',
  knowledge: 'practices, case briefs, meetings, action plans and action points (knowledge.ts)',
  users: "a jurisdiction's user accounts (users.ts)",
  audit: 'the audit log (audit.ts)',
  capabilities: 'a role gate only, from the capabilities in core (capabilities.ts)',
  self: "the signed-in user's own session, account and notifications",
} as const;
export type PolicyName = keyof typeof POLICIES;
