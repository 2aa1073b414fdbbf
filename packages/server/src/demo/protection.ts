/**
 * Demo protection cases: in each jurisdiction, the demo caseworker's cases at the stages a
 * protection agency sees at once: a referral just received, a presumed victim in the reflection
 * period, one whose period ends within the week, a child, one identified and assisted, one closed
 * after integration. Written through the same services as the pages, dated back from today.
 */
import { JURISDICTIONS } from '@veza/core';
import { inArray } from 'drizzle-orm';
import { actorOf } from '../access/actors.ts';
import { withActor } from '../access/transaction.ts';
import type { Database } from '../db/connection.ts';
import { protectionCases } from '../db/schema.ts';
import {
  closeProtectionCase,
  decideReasonableGrounds,
  moveStage,
  openProtectionCase,
  recordConsent,
} from '../features/protection/service.ts';

const PEOPLE: [string, string, string, string][] = [
  ['Amina', 'Rahimi', 'AF', 'fa'],
  ['Fatima', 'Noori', 'AF', 'prs'],
  ['Elira', 'Hoxha', 'AL', 'sq'],
  ['Mariam', 'Saleh', 'SY', 'ar'],
  ['Ayesha', 'Khan', 'PK', 'ur'],
  ['Jelena', 'Marković', 'RS', 'sr'],
];

export async function seedDemoProtection(database: Database, now = new Date()): Promise<number> {
  const ids: string[] = [];
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  for (const [index, jurisdiction] of JURISDICTIONS.filter((j) => j !== 'REG').entries()) {
    const actor = await actorOf(database, `caseworker.${jurisdiction.toLowerCase()}`);
    const person = (k: number) => PEOPLE[(index + k) % PEOPLE.length]!;
    await withActor(
      database,
      actor,
      async (ctx) => {
        const open = async (k: number, openedOn: string, child = false) => {
          const [given, family, nationality, language] = person(k);
          const c = await openProtectionCase(ctx, {
            givenNames: given,
            familyNames: family,
            nationality: nationality as never,
            languages: [language as never],
            child,
            ageInDoubt: false,
            openedOn,
            handlingCode: 'H2',
          });
          ids.push(c.id);
          return c;
        };
        const presume = (id: string, decidedOn: string, version: number) =>
          decideReasonableGrounds(ctx, id, {
            decision: 'presumed_victim',
            decidedOn,
            reasons: 'Deceived about the work; documents kept by the employer; a debt for the journey.',
            version,
          });
        // A referral just received.
        await open(0, day(0));
        // In the reflection period, and one whose period ends within the week.
        const reflecting = await open(1, day(-20));
        await presume(reflecting.id, day(-18), reflecting.version);
        const ending = await open(2, day(-30));
        await presume(ending.id, day(-25), ending.version);
        // A child, presumed a victim, counted in statistics with her consent.
        const child = await open(3, day(-10), true);
        const childDecided = await presume(child.id, day(-9), child.version);
        await recordConsent(ctx, child.id, {
          purpose: 'statistics',
          status: 'given',
          language: childDecided.languages[0] as never,
          witnessedBy: 'Guardian appointed by the social welfare centre',
        });
        // Identified and assisted.
        const assisted = await open(4, day(-60));
        let v = (await presume(assisted.id, day(-55), assisted.version)).version;
        v = (
          await moveStage(ctx, assisted.id, {
            stage: 'formal_identification',
            identification: 'identified_victim',
            decidedOn: day(-20),
            version: v,
          })
        ).version;
        await moveStage(ctx, assisted.id, { stage: 'assistance', decidedOn: day(-15), version: v });
        // Closed after integration.
        const closed = await open(5, day(-220));
        v = (await presume(closed.id, day(-215), closed.version)).version;
        v = (
          await moveStage(ctx, closed.id, {
            stage: 'formal_identification',
            identification: 'identified_victim',
            decidedOn: day(-170),
            version: v,
          })
        ).version;
        v = (await moveStage(ctx, closed.id, { stage: 'assistance', decidedOn: day(-160), version: v }))
          .version;
        v = (await moveStage(ctx, closed.id, { stage: 'integration', decidedOn: day(-70), version: v }))
          .version;
        await closeProtectionCase(ctx, closed.id, {
          outcome: 'integrated',
          reason: 'Employed and housed; wishes to stay; follow-up visits ended.',
          closedOn: day(-10),
          version: v,
        });
      },
      { now },
    );
  }
  await database.db.update(protectionCases).set({ isDemo: true }).where(inArray(protectionCases.id, ids));
  return ids.length;
}
