/**
 * Scoring screenings: 10,000 answer sets to a rapid screening version (random, but the same every
 * run), scored one after the other by the pure function the browser and the server share.
 * Target: under 1 s for the 10,000, for version 1 (shipped) and version 2.
 */
import { type Answers, type Instrument, scoreScreening, seededRandom } from '@veza/core';
import { RAPID_SCREENING_V1 } from '@veza/core/rapid-screening';
import { RAPID_SCREENING_V2 } from '@veza/core/rapid-screening-v2';

export function generateAnswers(instrument: Instrument, count: number, seed = 7): Answers[] {
  const next = seededRandom(seed);
  const questions = instrument.sections.flatMap((s) => s.questions);
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

export function benchScreeningScore(version: 1 | 2 = 1, count = 10_000) {
  const instrument = version === 1 ? RAPID_SCREENING_V1 : RAPID_SCREENING_V2;
  const sets = generateAnswers(instrument, count);
  // Warm-up: the JIT, and the instrument's prepared lookups.
  for (const answers of sets.slice(0, 500)) scoreScreening(instrument, answers);
  const runs: number[] = [];
  const outcomes: Record<string, number> = {};
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    for (const answers of sets) {
      const result = scoreScreening(instrument, answers);
      if (run === 0) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
    }
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  const median = Math.round(runs[2]! * 10) / 10;
  return {
    name: `score ${count} screenings with "Veza rapid screening" v${version}`,
    screenings: count,
    medianMs: median,
    bestMs: Math.round(runs[0]! * 10) / 10,
    microsecondsPerScreening: Math.round((median / count) * 1000 * 10) / 10,
    outcomes,
    targetMs: 1000,
    meetsTarget: median < 1000,
  };
}
