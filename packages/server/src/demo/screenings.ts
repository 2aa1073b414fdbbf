/**
 * Demo screenings: forty per jurisdiction over the last half year, by the jurisdiction's demo
 * screener, with answers drawn (the same every time) so that most people are smuggled with few
 * needs, some are at risk and a few are presumed victims: what a reception centre sees. Those of the
 * last six weeks were made with rapid screening version 2, the older ones with version 1, as if
 * version 2 had been published then.
 */
import { randomUUID } from 'node:crypto';
import { type Answers, checkScreening, type Instrument, scoreScreening, seededRandom } from '@veza/core';
import { RAPID_SCREENING_V1 } from '@veza/core/rapid-screening';
import { RAPID_SCREENING_V2 } from '@veza/core/rapid-screening-v2';
import { and, eq, inArray } from 'drizzle-orm';
import { actorOf } from '../access/actors.ts';
import { asSystem, withActor } from '../access/transaction.ts';
import type { Database } from '../db/connection.ts';
import { instruments, screenings, users } from '../db/schema.ts';
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

/** Answers to version 2: the same people, asked about every stage; one in ten says little. */
function answersForV2(next: () => number): Answers {
  const yes = (p: number) => (next() < p ? 'yes' : 'no');
  const child = next() < 0.18;
  const age = child ? 14 + Math.floor(next() * 4) : 18 + Math.floor(next() * 40);
  const reticent = next() < 0.1;
  const ask = (p: number) => (reticent ? 'unknown' : yes(p));
  const answers: Record<string, unknown> = {
    age,
    pregnant: next() < 0.02 ? 'yes' : 'no',
    illness: yes(0.03),
    stage: 'on_the_way',
    why_left: [next() < 0.65 ? 'war_or_persecution' : 'no_income'],
    recruited_by: reticent ? undefined : next() < 0.8 ? 'nobody' : next() < 0.5 ? 'friend' : 'stranger',
    offered: ask(0.15),
    travel_paid_by_recruiter: ask(0.04),
    documents_asked_for: ask(0.03),
    payment_to_family: ask(0.02),
    paid_smuggler: yes(0.85),
    organised_by_others: ask(0.6),
    owes_for_journey: ask(0.07),
    handed_over: ask(0.02),
    held_captive: ask(0.03),
    forced_or_threatened: ask(0.04),
    hurt_on_journey: ask(0.06),
    sex_for_others_gain: ask(0.015),
    documents_taken: ask(0.03),
    worked: ask(0.22),
    forced_marriage: ask(0.005),
    organ_removal: 'no',
    baby_for_others: 'no',
    obs_someone_answers: yes(0.03),
    obs_afraid_of_companion: yes(0.03),
    violence_or_torture: yes(0.04),
    afraid_to_return: yes(0.4),
  };
  if (child) {
    const r = next();
    answers.travelling_with =
      r < 0.5
        ? 'parents'
        : r < 0.7
          ? 'relatives'
          : r < 0.85
            ? 'group'
            : r < 0.95
              ? 'alone'
              : 'unrelated_adult';
  } else answers.alone_with_children = yes(0.05);
  if (answers.offered === 'yes') {
    answers.offer_details_known = yes(0.5);
    answers.offer_true = next() < 0.5 ? 'no' : 'yes';
    answers.conditions_true = next() < 0.5 ? 'no' : 'yes';
  }
  if (answers.worked === 'yes') {
    answers.work_kind = [next() < 0.5 ? 'agriculture' : 'construction'];
    answers.hours_per_day = 8 + Math.floor(next() * 7);
    answers.days_off = yes(0.6);
    const paid = next();
    answers.paid =
      paid < 0.55
        ? 'as_agreed'
        : paid < 0.8
          ? 'less_than_agreed'
          : paid < 0.92
            ? 'far_below_wage'
            : 'not_at_all';
    answers.working_off_debt = yes(0.15);
    answers.free_to_leave = next() < 0.15 ? 'no' : 'yes';
    answers.lives_where_employer_says = yes(0.2);
    answers.hurt_at_work = yes(0.05);
  }
  return answers as Answers;
}

/** Screenings of the last six weeks use version 2. */
const V2_SINCE_DAYS = 42;

/** Records the demo screenings through the same service as the interview page; returns how many. */
export async function seedDemoScreenings(database: Database, now = new Date()): Promise<number> {
  const ids: string[] = [];
  let seed = 2026;
  for (const [jurisdiction, places] of Object.entries(PLACES)) {
    const actor = await actorOf(database, `screener.${jurisdiction.toLowerCase()}`);
    const next = seededRandom(seed++);
    await withActor(database, actor, async (ctx) => {
      const idOf = async (version: number) =>
        (
          await ctx.tx
            .select({ id: instruments.id })
            .from(instruments)
            .where(
              and(
                eq(instruments.jurisdiction, jurisdiction),
                eq(instruments.key, RAPID_SCREENING_V1.id),
                eq(instruments.version, version),
              ),
            )
        )[0]!.id;
      const v1 = await idOf(RAPID_SCREENING_V1.version);
      const v2 = await idOf(RAPID_SCREENING_V2.version);
      for (let k = 0; k < 40; k++) {
        const id = randomUUID();
        const daysAgo = next() * 180;
        const conductedAt = new Date(now.getTime() - Math.floor(daysAgo * 86_400_000));
        const recent = daysAgo < V2_SINCE_DAYS;
        await submitScreening(ctx, {
          id,
          instrumentId: recent ? v2 : v1,
          interviewLanguage: LANGUAGES[Math.floor(next() * LANGUAGES.length)]!,
          screenerLanguage: 'en',
          conductedAt: conductedAt.toISOString(),
          place: places[Math.floor(next() * places.length)]!,
          consent: true,
          answers: (recent ? answersForV2(next) : answersFor(next)) as Record<string, unknown>,
        });
        ids.push(id);
      }
    });
  }
  await database.db.update(screenings).set({ isDemo: true }).where(inArray(screenings.id, ids));
  return ids.length;
}

/**
 * Two years of screenings for the analysis history (history.ts): week by week in each
 * jurisdiction's reception centres, with the summer season, scored by the instrument in use then
 * (version 2 in the last six weeks), written in batches as the history's cases are. Returns how many.
 */
export async function seedScreeningHistory(
  database: Database,
  weekly: Record<string, number>,
  now: Date,
  weeks: number,
): Promise<number> {
  const next = seededRandom(1926);
  const poisson = (mean: number) => {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = next(); p > limit; p *= next()) k++;
    return k;
  };
  const start = now.getTime() - weeks * 7 * 86_400_000;
  let total = 0;
  await asSystem(database, async (tx) => {
    for (const [jurisdiction, perWeek] of Object.entries(weekly)) {
      const places = PLACES[jurisdiction] ?? [];
      const versions = await tx
        .select({ id: instruments.id, version: instruments.version, definition: instruments.definition })
        .from(instruments)
        .where(and(eq(instruments.jurisdiction, jurisdiction), eq(instruments.key, RAPID_SCREENING_V1.id)));
      const v1 = versions.find((v) => v.version === RAPID_SCREENING_V1.version)!;
      const v2 = versions.find((v) => v.version === RAPID_SCREENING_V2.version)!;
      // The agency of the jurisdiction's demo screener (a reception centre's).
      const [agency] = await tx
        .select({ id: users.agencyId })
        .from(users)
        .where(eq(users.username, `screener.${jurisdiction.toLowerCase()}`));
      const rows: (typeof screenings.$inferInsert)[] = [];
      for (let w = 0; w < weeks; w++) {
        const monday = new Date(start + w * 7 * 86_400_000);
        const season = 1 + 0.6 * Math.max(0, Math.sin(((monday.getUTCMonth() - 3) / 12) * 2 * Math.PI));
        const n = poisson(perWeek * season);
        for (let k = 0; k < n; k++) {
          const conductedAt = new Date(monday.getTime() + Math.floor(next() * 7 * 86_400_000));
          if (conductedAt > now) continue;
          const recent = now.getTime() - conductedAt.getTime() < V2_SINCE_DAYS * 86_400_000;
          const used = recent ? v2 : v1;
          const instrument = used.definition as Instrument;
          const checked = checkScreening(
            instrument,
            {
              id: randomUUID(),
              instrumentId: used.id,
              interviewLanguage: LANGUAGES[Math.floor(next() * LANGUAGES.length)]!,
              screenerLanguage: 'en',
              conductedAt: conductedAt.toISOString(),
              place: places[Math.floor(next() * places.length)] ?? null,
              consent: true,
              answers: recent ? answersForV2(next) : answersFor(next),
            },
            now,
          );
          if (!checked.ok) throw new Error(`a generated screening does not pass: ${checked.problem.message}`);
          const result = scoreScreening(instrument, checked.screening.answers as never);
          rows.push({
            id: checked.screening.id,
            jurisdiction,
            isDemo: true,
            agencyId: agency!.id,
            instrumentId: used.id,
            interviewLanguage: checked.screening.interviewLanguage,
            screenerLanguage: checked.screening.screenerLanguage,
            conductedAt,
            receivedAt: conductedAt,
            place: checked.screening.place ?? null,
            answers: checked.screening.answers,
            result,
            outcome: result.outcome,
            createdAt: conductedAt,
            updatedAt: conductedAt,
            createdByName: 'Demo screener',
          });
        }
      }
      for (let i = 0; i < rows.length; i += 500) await tx.insert(screenings).values(rows.slice(i, i + 500));
      total += rows.length;
    }
  });
  return total;
}
