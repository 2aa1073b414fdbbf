/**
 * Scoring screenings: 10,000 answer sets to the shipped instrument (random, but the same every run),
 * scored one after the other by the pure function the browser and the server share.
 * Target: under 1 s for the 10,000.
 */
import { type Answers, scoreScreening, seededRandom } from '@veza/core';
import { RAPID_SCREENING_V1 } from '@veza/core/rapid-screening';

export function generateAnswers(count: number, seed = 7): Answers[] {
  const next = seededRandom(seed);
  const questions = RAPID_SCREENING_V1.sections.flatMap((s) => s.questions);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, () => {
    const answers: Record<string, unknown> = {};
    for (const q of questions) {
      if (next() < 0.15) continue; // left unanswered
      const options = (q.options ?? []).map((o) => o.id);
      if (q.type === 'yes_no_unknown') answers[q.id] = pick(['yes', 'no', 'no', 'no', 'unknown']);
      else if (q.type === 'single') answers[q.id] = pick(options);
      else if (q.type === 'multiple') answers[q.id] = options.filter(() => next() < 0.25);
      else if (q.type === 'number') answers[q.id] = Math.floor(next() * 70) + 8;
      else if (q.type === 'text') answers[q.id] = 'observed nothing further';
    }
    return answers as Answers;
  });
}

export function benchScreeningScore(count = 10_000) {
  const sets = generateAnswers(count);
  // Warm-up: the JIT, and the instrument's prepared lookups.
  for (const answers of sets.slice(0, 500)) scoreScreening(RAPID_SCREENING_V1, answers);
  const runs: number[] = [];
  const outcomes: Record<string, number> = {};
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    for (const answers of sets) {
      const result = scoreScreening(RAPID_SCREENING_V1, answers);
      if (run === 0) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
    }
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  const median = Math.round(runs[2]! * 10) / 10;
  return {
    name: `score ${count} screenings with "Veza rapid screening" v1`,
    screenings: count,
    medianMs: median,
    bestMs: Math.round(runs[0]! * 10) / 10,
    microsecondsPerScreening: Math.round((median / count) * 1000 * 10) / 10,
    outcomes,
    targetMs: 1000,
    meetsTarget: median < 1000,
  };
}
