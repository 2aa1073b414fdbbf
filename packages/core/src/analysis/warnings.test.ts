/**
 * Early warnings on generated weekly series: two years with a season and no change raise none,
 * whatever the seed; a series whose level jumps raises one warning, at the week of the jump,
 * saying since when; a series silent for a year that starts to count does too.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { increases, upperQuantile } from './warnings.ts';

function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

/** Two years of weekly counts: a level, a summer season, and optionally a jump at a week. */
function series(seed: number, level: number, jump?: { at: number; times: number }): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: 104 }, (_, w) => {
    const season = 1 + 0.5 * Math.sin((w / 52) * 2 * Math.PI);
    const times = jump && w >= jump.at ? jump.times : 1;
    return poisson(random, level * season * times);
  });
}

describe('early warnings', () => {
  it.each([3, 8, 20, 60])(
    'raise none over two years of a series with a season and no change (level %i, 25 seeds)',
    (level) => {
      for (let seed = 1; seed <= 25; seed++)
        expect(increases(series(seed, level)), `seed ${seed}`).toEqual([]);
    },
  );

  it.each([
    [8, 5],
    [20, 3],
    [60, 2],
  ])('raise one warning at the week a level of %i jumps %f times, and say since when', (level, times) => {
    for (let seed = 1; seed <= 10; seed++) {
      const found = increases(series(seed, level, { at: 80, times }));
      expect(
        found.map((w) => w.at),
        `seed ${seed}`,
      ).toEqual([80]);
      expect(found[0]!.since).toBeLessThanOrEqual(80);
      expect(found[0]!.count).toBeGreaterThan(found[0]!.threshold);
    }
  });

  it('warns when something never seen starts to count', () => {
    const counts = [...new Array(90).fill(0), 6, 7, 9];
    expect(increases(counts).map((w) => w.at)).toEqual([90]);
  });

  it('puts the threshold where the tail is thin: Poisson and over-dispersed', () => {
    expect(upperQuantile(10, 10, 0.0001)).toBe(24);
    expect(upperQuantile(10, 40, 0.0001)).toBeGreaterThan(24);
  });
});
