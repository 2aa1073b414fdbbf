/**
 * Demo screenings: forty per jurisdiction over the last half year, by the jurisdiction's demo
 * screener, with answers drawn (the same every time) so that most people are smuggled with few
 * needs, some are at risk and a few are presumed victims: what a reception centre sees.
 */
import { randomUUID } from 'node:crypto';
import { type Answers, seededRandom } from '@veza/core';
import { RAPID_SCREENING_V1 } from '@veza/core/rapid-screening';
import { and, eq, inArray } from 'drizzle-orm';
import { actorOf } from '../access/actors.ts';
import { withActor } from '../access/transaction.ts';
import type { Database } from '../db/connection.ts';
import { instruments, screenings } from '../db/schema.ts';
import { submitScreening } from '../features/screening/service.ts';

const PLACES: Record<string, string[]> = {
  AL: ['Kapshticë', 'Durrës', 'Gjirokastër'],
  BA: ['Lipa', 'Ušivak', 'Blažuj'],
  XK: ['Vranidoll', 'Prishtinë'],
  ME: ['Spuž', 'Božaj'],
  MK: ['Vinojug', 'Tabanovce'],
  RS: ['Preševo', 'Obrenovac', 'Šid', 'Sombor'],
};
const LANGUAGES = ['ps', 'prs', 'fa', 'ar', 'ur', 'bn', 'fr', 'tr', 'en'] as const;

function answersFor(next: () => number): Answers {
  const yes = (p: number) => (next() < p ? 'yes' : 'no');
  const age = next() < 0.18 ? 14 + Math.floor(next() * 4) : 18 + Math.floor(next() * 40);
  const answers: Record<string, unknown> = {
    age,
    pregnant: next() < 0.02 ? 'yes' : 'no',
    illness: yes(0.03),
    why_left: [next() < 0.65 ? 'war_or_persecution' : 'no_income'],
    paid_smuggler: yes(0.85),
    owes_for_journey: yes(0.07),
    organised_by_others: yes(0.6),
    promised: yes(0.25),
    told_truth_about_journey: next() < 0.1 ? 'no' : 'yes',
    hurt_on_journey: yes(0.04),
    worked: yes(0.22),
    documents_held: yes(0.04),
    sexual_acts: next() < 0.03 ? 'yes' : 'no',
    violence_or_torture: yes(0.04),
    afraid_to_return: yes(0.4),
  };
  if (age < 18) answers.with_guardian = yes(0.7);
  if (answers.promised === 'yes') {
    answers.promise_kept = next() < 0.5 ? 'no' : 'yes';
    answers.conditions_as_promised = next() < 0.5 ? 'no' : 'yes';
  }
  if (answers.worked === 'yes') {
    answers.work_kind = [next() < 0.5 ? 'agriculture' : 'construction'];
    answers.paid_as_agreed = next() < 0.4 ? 'less' : next() < 0.3 ? 'not_at_all' : 'fully';
    answers.long_hours = yes(0.35);
    answers.bad_conditions = yes(0.35);
    answers.free_to_leave = next() < 0.2 ? 'no' : 'yes';
    answers.working_off_debt = yes(0.2);
    answers.hurt_or_threatened = yes(0.1);
    answers.spoke_language = yes(0.3);
  }
  return answers as Answers;
}

/** Records the demo screenings through the same service as the interview page; returns how many. */
export async function seedDemoScreenings(database: Database, now = new Date()): Promise<number> {
  const ids: string[] = [];
  let seed = 2026;
  for (const [jurisdiction, places] of Object.entries(PLACES)) {
    const actor = await actorOf(database, `screener.${jurisdiction.toLowerCase()}`);
    const next = seededRandom(seed++);
    await withActor(database, actor, async (ctx) => {
      const [instrument] = await ctx.tx
        .select({ id: instruments.id })
        .from(instruments)
        .where(and(eq(instruments.jurisdiction, jurisdiction), eq(instruments.key, RAPID_SCREENING_V1.id)));
      for (let k = 0; k < 40; k++) {
        const id = randomUUID();
        const conductedAt = new Date(now.getTime() - Math.floor(next() * 180 * 86_400_000));
        await submitScreening(ctx, {
          id,
          instrumentId: instrument!.id,
          interviewLanguage: LANGUAGES[Math.floor(next() * LANGUAGES.length)]!,
          screenerLanguage: 'en',
          conductedAt: conductedAt.toISOString(),
          place: places[Math.floor(next() * places.length)]!,
          consent: true,
          answers: answersFor(next) as Record<string, unknown>,
        });
        ids.push(id);
      }
    });
  }
  await database.db.update(screenings).set({ isDemo: true }).where(inArray(screenings.id, ids));
  return ids.length;
}
