/**
 * Loads the demo region into an empty database: agencies, contact points, and one account per role
 * per jurisdiction named <role>.<jurisdiction>, all with the demo password. Everything is marked demo.
 */
import {
  CALLING_REGION,
  JURISDICTIONS,
  type Jurisdiction,
  ROLES,
  type Role,
  searchText,
  toE164,
} from '@veza/core';
import { count } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { asSystem } from '../access/transaction.ts';
import type { Database } from '../db/connection.ts';
import { agencies, contactPoints, referralPathways, users } from '../db/schema.ts';
import { hashPassword } from '../features/accounts/passwords.ts';
import { DEMO_REGION, DEMO_ROLE_AGENCY } from './region.ts';

export interface DemoAccount {
  username: string;
  jurisdiction: Jurisdiction;
  role: Role;
  /** The demo agency they work in, when not the one their role implies. */
  agencyKey?: string;
  title?: string;
}

export const demoUsername = (role: Role, jurisdiction: Jurisdiction) =>
  `${role}.${jurisdiction.toLowerCase()}`;

/**
 * One account per role and jurisdiction, and a border police duty officer (an investigator at the
 * 24/7 desk) where the jurisdiction has a border police: who answers urgent requests at night.
 */
export function demoAccounts(): DemoAccount[] {
  return JURISDICTIONS.flatMap((jurisdiction) => [
    ...ROLES.map((role) => ({ username: demoUsername(role, jurisdiction), jurisdiction, role })),
    ...(DEMO_REGION[jurisdiction].some((a) => a.key === 'border_police')
      ? [
          {
            username: `duty.${jurisdiction.toLowerCase()}`,
            jurisdiction,
            role: 'investigator' as const,
            agencyKey: 'border_police',
            title: 'Border police duty officer',
          },
        ]
      : []),
    // Victim protection: the caseworkers' supervisor, who approves their decisions, and where the
    // jurisdiction has an NGO provider, a caseworker of its shelter, who answers service referrals.
    ...(jurisdiction === 'REG'
      ? []
      : [
          {
            username: `supervisor.${jurisdiction.toLowerCase()}`,
            jurisdiction,
            role: 'caseworker' as const,
            agencyKey: 'social',
            title: 'Caseworker supervisor',
          },
        ]),
    ...(DEMO_REGION[jurisdiction].some((a) => a.key === 'ngo')
      ? [
          {
            username: `shelter.${jurisdiction.toLowerCase()}`,
            jurisdiction,
            role: 'caseworker' as const,
            agencyKey: 'ngo',
            title: 'Shelter caseworker',
          },
        ]
      : []),
  ]);
}

const ROLE_TITLES: Record<Role, string> = {
  screener: 'Screener',
  caseworker: 'Caseworker',
  investigator: 'Investigator',
  prosecutor: 'Prosecutor',
  coordinator: 'Coordinator',
  analyst: 'Analyst',
  admin: 'Administrator',
};

export async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(agencies);
  return Number(row?.n ?? 0) === 0;
}

export async function seedDemoRegion(
  database: Database,
  options: { password: string; now?: Date },
): Promise<DemoAccount[]> {
  const now = options.now ?? new Date();
  const accounts = demoAccounts();
  // One hash per account, computed before the transaction so the embedded database is not held meanwhile.
  const hashes = await Promise.all(accounts.map(() => hashPassword(options.password)));
  await asSystem(database, async (tx) => {
    const agencyIds = new Map<string, string>();
    for (const jurisdiction of JURISDICTIONS) {
      for (const agency of DEMO_REGION[jurisdiction]) {
        const [row] = await tx
          .insert(agencies)
          .values({
            jurisdiction,
            isDemo: true,
            name: agency.name,
            alternateName: agency.alternateName ?? null,
            type: agency.type,
            address: agency.address,
            languages: agency.languages,
            searchText: searchText(agency.name, agency.alternateName, agency.address),
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: agencies.id });
        agencyIds.set(`${jurisdiction}:${agency.key}`, row!.id);
        if (agency.contacts.length === 0) continue;
        await tx.insert(contactPoints).values(
          agency.contacts.map((c) => {
            const phone = toE164(c.phone, CALLING_REGION[jurisdiction]);
            if (!phone.ok) throw new Error(`demo phone ${c.phone} of ${c.name}: ${phone.reason}`);
            return {
              jurisdiction,
              isDemo: true,
              agencyId: row!.id,
              name: c.name,
              function: c.function,
              taskForce: c.taskForce ?? null,
              phoneE164: phone.e164,
              phoneOriginal: c.phone,
              email: c.email,
              languages: c.languages,
              availability: c.availability,
              searchText: searchText(
                c.name,
                c.function,
                c.taskForce,
                c.email,
                agency.name,
                agency.alternateName,
              ),
              createdAt: now,
              updatedAt: now,
            };
          }),
        );
      }
    }
    // Where each recommended action leads in the demo region: NGOs where there are some, social welfare otherwise.
    const PATHWAYS: Record<string, string[]> = {
      nrm_identification: ['coordinator'],
      shelter: ['ngo', 'social'],
      medical_care: ['social'],
      child_protection: ['social'],
      legal_aid: ['ngo', 'social'],
      asylum_information: ['ministry', 'io', 'social'],
      psychosocial_support: ['ngo', 'social'],
      report_crime: ['police', 'border_police'],
    };
    for (const jurisdiction of JURISDICTIONS) {
      for (const [action, keys] of Object.entries(PATHWAYS)) {
        const agencyId = keys.map((k) => agencyIds.get(`${jurisdiction}:${k}`)).find(Boolean);
        if (agencyId)
          await tx.insert(referralPathways).values({ jurisdiction, action, agencyId, updatedAt: now });
      }
    }
    const agencyFor = (jurisdiction: Jurisdiction, role: Role, own?: string): string => {
      const keys = [own, DEMO_ROLE_AGENCY[role], 'police', 'border_police', 'coordinator', 'io'];
      for (const key of keys) {
        const id = agencyIds.get(`${jurisdiction}:${key}`);
        if (id) return id;
      }
      throw new Error(`no demo agency for ${role} in ${jurisdiction}`);
    };
    await tx.insert(users).values(
      accounts.map((account, i) => ({
        jurisdiction: account.jurisdiction,
        isDemo: true,
        agencyId: agencyFor(account.jurisdiction, account.role, account.agencyKey),
        username: account.username,
        displayName: `Demo ${account.title ?? ROLE_TITLES[account.role]} ${account.jurisdiction}`,
        roles: [account.role],
        passwordHash: hashes[i]!,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      })),
    );
    await appendAudit(tx, now, {
      actor: null,
      jurisdiction: null,
      action: 'settings',
      recordType: 'demo_region',
      details: { agencies: agencyIds.size, accounts: accounts.length },
    });
  });
  return accounts;
}

export { seedDemoRecords } from './records.ts';
