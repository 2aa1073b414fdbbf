/**
 * Every access rule as a table of role × jurisdiction × agency, written from the rule as the
 * documentation states it (docs/requests.md, the policies' headers), not from the code: a change in
 * who may see or do what fails here first.
 */
import { type Jurisdiction, ROLES, type Role } from '@veza/core';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.ts';
import { can, type Policy } from '../policy.ts';
import { isAuditor } from './audit.ts';
import { directoryPolicy } from './directory.ts';
import { investigationPolicy } from './investigation.ts';
import { PROTECTION_OFFERED, type ProtectionRecord, protectionPolicy } from './protection.ts';
import { type RequestParties, requestActions, seesRequest, sideOf } from './requests.ts';
import { seesScreening } from './screening.ts';
import { userPolicy } from './users.ts';

const HOME: Jurisdiction = 'RS';
const OTHER: Jurisdiction = 'MK';
const AGENCY = 'agency-rs-1';
const NEIGHBOUR = 'agency-rs-2';

function actor(
  role: Role,
  jurisdiction: Jurisdiction = HOME,
  agencyId = AGENCY,
  userId = `${role}-1`,
): Actor {
  return { userId, username: `${role}.${jurisdiction}`, jurisdiction, agencyId, roles: [role] };
}

/** Which of the record kinds' actions each role has, in its own jurisdiction and in another. */
function table<R>(policy: Policy<R>, record: R, actions: ('read' | 'create' | 'update' | 'delete')[]) {
  const rows: Record<string, string[]> = {};
  for (const role of ROLES)
    for (const [where, jurisdiction] of [
      ['home', HOME],
      ['other', OTHER],
    ] as const)
      rows[`${role} ${where}`] = actions.filter((a) => can(policy, actor(role, jurisdiction), a, record));
  return rows;
}

const ALL = ['read', 'create', 'update', 'delete'] as ('read' | 'create' | 'update' | 'delete')[];

describe('investigation records (cases, persons, their roles, vehicles)', () => {
  it('are read by investigators, prosecutors and coordinators of the owning jurisdiction, changed by the first two', () => {
    expect(table(investigationPolicy, { jurisdiction: HOME }, ALL)).toEqual({
      'screener home': [],
      'screener other': [],
      'caseworker home': [],
      'caseworker other': [],
      'investigator home': ['read', 'create', 'update', 'delete'],
      'investigator other': [],
      'prosecutor home': ['read', 'create', 'update', 'delete'],
      'prosecutor other': [],
      'coordinator home': ['read'],
      'coordinator other': [],
      'analyst home': [],
      'analyst other': [],
      'admin home': [],
      'admin other': [],
    });
  });
});

describe('the directory', () => {
  it('is read by every signed-in user in the region and edited by the owning jurisdiction’s admins', () => {
    const rows = table(directoryPolicy, { jurisdiction: HOME }, ALL);
    for (const [who, actions] of Object.entries(rows))
      expect(actions, who).toEqual(who === 'admin home' ? ALL : ['read']);
  });
});

describe('user accounts', () => {
  it('are managed by the jurisdiction’s admins; everybody else reads only their own', () => {
    const colleague = { id: 'someone-else', jurisdiction: HOME };
    const rows = table(userPolicy, colleague, ALL);
    for (const [who, actions] of Object.entries(rows))
      expect(actions, who).toEqual(who === 'admin home' ? ['read', 'create', 'update'] : []);
    for (const role of ROLES) {
      const self = actor(role);
      const own = { id: self.userId, jurisdiction: HOME };
      // One's own account is read by all; an admin cannot disable or demote themselves.
      expect(can(userPolicy, self, 'read', own), role).toBe(true);
      expect(can(userPolicy, self, 'update', own), role).toBe(false);
    }
  });
});

describe('the audit log', () => {
  it('is read by the jurisdiction’s admins and coordinators', () => {
    expect(ROLES.filter((role) => isAuditor(actor(role)))).toEqual(['coordinator', 'admin']);
  });
});

describe('screenings', () => {
  const row = { jurisdiction: HOME, agencyId: AGENCY };
  it('are seen by the recording agency’s screeners and caseworkers and the jurisdiction’s coordinators', () => {
    const seen: Record<string, boolean> = {};
    for (const role of ROLES)
      for (const [where, jurisdiction, agency] of [
        ['own agency', HOME, AGENCY],
        ['other agency', HOME, NEIGHBOUR],
        ['other jurisdiction', OTHER, 'agency-mk-1'],
      ] as const)
        seen[`${role} ${where}`] = seesScreening(actor(role, jurisdiction, agency), row, false);
    expect(Object.keys(seen).filter((k) => seen[k])).toEqual([
      'screener own agency',
      'caseworker own agency',
      'coordinator own agency',
      'coordinator other agency',
    ]);
  });
  it('are seen by every party to a referral that links them, wherever they are', () => {
    for (const role of ROLES) expect(seesScreening(actor(role, OTHER, 'agency-mk-1'), row, true)).toBe(true);
  });
});

describe('operational requests', () => {
  /** docs/requests.md: who takes part in each kind of request. */
  const TAKE_PART: Record<string, Role[]> = {
    information_request: ['investigator', 'prosecutor'],
    hit_follow_up: ['investigator', 'prosecutor'],
    joint_action_proposal: ['investigator', 'prosecutor'],
    victim_referral: ['screener', 'caseworker', 'investigator', 'prosecutor'],
    urgent_alert: ['investigator', 'prosecutor', 'caseworker'],
  };
  const FROM = 'agency-rs-police';
  const TO = 'agency-mk-police';
  const request = (type: string, status: string): RequestParties => ({
    jurisdiction: HOME,
    toJurisdiction: OTHER,
    fromAgencyId: FROM,
    toAgencyId: TO,
    type,
    status,
  });
  const places = [
    ['sending agency', HOME, FROM],
    ['receiving agency', OTHER, TO],
    ['another agency of the sender', HOME, NEIGHBOUR],
    ['another agency of the receiver', OTHER, 'agency-mk-2'],
    ['a third jurisdiction', 'AL', 'agency-al-1'],
  ] as const;

  it.each(Object.entries(TAKE_PART))(
    '%s: the two agencies’ members of its roles take part, both jurisdictions’ coordinators watch',
    (type, roles) => {
      for (const role of ROLES)
        for (const [place, jurisdiction, agency] of places) {
          const who = actor(role, jurisdiction as Jurisdiction, agency);
          const sent = request(type, 'sent');
          const party = roles.includes(role) && (agency === FROM || agency === TO);
          const watches = role === 'coordinator' && jurisdiction !== 'AL';
          expect(seesRequest(who, sent), `${role} of the ${place}`).toBe(party || watches);
          expect(sideOf(who, sent), `${role} of the ${place}`).toBe(
            party ? (agency === FROM ? 'from' : 'to') : null,
          );
        }
    },
  );

  it('keeps a draft the sending agency’s alone', () => {
    for (const role of ROLES)
      for (const [place, jurisdiction, agency] of places) {
        const who = actor(role, jurisdiction as Jurisdiction, agency);
        const draft = request('victim_referral', 'draft');
        expect(seesRequest(who, draft), `${role} of the ${place}`).toBe(
          TAKE_PART.victim_referral!.includes(role) && agency === FROM,
        );
      }
  });

  it('offers each side the steps of its part: the sender sends and closes, the receiver acknowledges and answers', () => {
    const sender = actor('investigator', HOME, FROM);
    const receiver = actor('investigator', OTHER, TO);
    const coordinator = actor('coordinator', OTHER, 'agency-mk-office');
    expect(requestActions(sender, request('information_request', 'draft'))).toEqual([
      'read',
      'edit',
      'send',
      'discard',
      'attach',
    ]);
    expect(requestActions(receiver, request('information_request', 'sent'))).toEqual([
      'read',
      'acknowledge',
      'start',
      'reply',
      'attach',
      'answer',
      'forward',
    ]);
    // An answer the sender finds wanting goes back to the receiver (reopen), or the sender closes it.
    expect(requestActions(sender, request('information_request', 'answered'))).toEqual([
      'read',
      'reply',
      'attach',
      'close',
      'reopen',
      'forward',
    ]);
    expect(requestActions(sender, request('information_request', 'closed'))).toEqual([
      'read',
      'reopen',
      'forward',
    ]);
    // Coordinators watch and never act.
    for (const status of ['sent', 'acknowledged', 'in_progress', 'answered', 'closed'])
      expect(requestActions(coordinator, request('information_request', status))).toEqual(['read']);
  });
});

describe('protection cases', () => {
  const record = (over: Partial<ProtectionRecord> = {}): ProtectionRecord => ({
    jurisdiction: HOME,
    agencyId: AGENCY,
    ownerId: 'caseworker-1',
    supervisorId: 'supervisor-1',
    status: 'open',
    ...over,
  });
  const actionsOf = (who: Actor, c: ProtectionRecord) =>
    PROTECTION_OFFERED.filter((a) => can(protectionPolicy, who, a, c));
  const WORK = [
    'read',
    'update',
    'decide_reasonable_grounds',
    'move_stage',
    'record_consent',
    'refer_to_service',
  ];

  it('are worked by the owning agency’s caseworkers, overseen by coordinators, and hidden from everyone else', () => {
    const rows: Record<string, string[]> = {};
    for (const role of ROLES)
      for (const [where, jurisdiction] of [
        ['home', HOME],
        ['other', OTHER],
      ] as const)
        rows[`${role} ${where}`] = actionsOf(actor(role, jurisdiction, AGENCY, `${role}-x`), record());
    expect(rows).toEqual({
      'screener home': [],
      'screener other': [],
      'caseworker home': WORK,
      'caseworker other': [],
      'investigator home': [],
      'investigator other': [],
      'prosecutor home': [],
      'prosecutor other': [],
      'coordinator home': ['read', 'decide_reasonable_grounds', 'approve', 'override_consent'],
      'coordinator other': [],
      'analyst home': [],
      'analyst other': [],
      'admin home': [],
      'admin other': [],
    });
  });

  it('are closed by their own caseworker or supervisor only, reopened by them or a coordinator', () => {
    expect(actionsOf(actor('caseworker', HOME, AGENCY, 'caseworker-1'), record())).toContain('close');
    expect(actionsOf(actor('caseworker', HOME, AGENCY, 'supervisor-1'), record())).toContain('close');
    expect(actionsOf(actor('caseworker', HOME, NEIGHBOUR, 'caseworker-9'), record())).toEqual([]);
    const closed = record({ status: 'closed' });
    expect(actionsOf(actor('caseworker', HOME, AGENCY, 'caseworker-1'), closed)).toEqual(['read', 'reopen']);
    expect(actionsOf(actor('caseworker', HOME, AGENCY, 'caseworker-2'), closed)).toEqual(['read']);
    expect(actionsOf(actor('coordinator'), closed)).toEqual(['read', 'reopen', 'erase']);
  });

  it('are shared and transferred by their own caseworker only; decisions approved by the supervisor or a coordinator', () => {
    const owner = actionsOf(actor('caseworker', HOME, AGENCY, 'caseworker-1'), record());
    expect(owner).toEqual(expect.arrayContaining(['share', 'transfer']));
    expect(owner).not.toContain('approve');
    const supervisor = actionsOf(actor('caseworker', HOME, AGENCY, 'supervisor-1'), record());
    expect(supervisor).toEqual(expect.arrayContaining(['approve', 'override_consent']));
    expect(supervisor).not.toContain('share');
    const colleague = actionsOf(actor('caseworker', HOME, AGENCY, 'caseworker-2'), record());
    expect(colleague).not.toContain('share');
    expect(colleague).not.toContain('approve');
    expect(colleague).not.toContain('override_consent');
  });
});
