/**
 * Early warnings: a weekly count (cases through a crossing, along a leg, with a modus operandi;
 * people of a nationality) against its own history.
 *
 * The method, after the Farrington family of outbreak detectors used in public-health
 * surveillance, kept simple enough to explain in a warning:
 * - Expected count: the mean of the same weeks a year earlier (the week and three either side:
 *   the season). A series with less than a year of history raises no warning: without a season
 *   to compare with, every spring would look like a change.
 * - Spread: the counts are over-dispersed Poisson (negative binomial): the variance is the
 *   expected count times the dispersion of the last year's weeks around their own five-week
 *   moving average (at least 1: Poisson).
 * - Threshold: the count whose upper tail probability under that distribution is below 1 in 10,000.
 *   A week's count above it, and at least MIN_WARNING_COUNT, is a change beyond what the history
 *   explains.
 * - One warning per change: after a warning the series stays warned until a week's count is back
 *   at or below its expected level (and for at least eight weeks); the warning says since when the
 *   count has been above its expected level.
 */

export const MIN_WARNING_COUNT = 5;
const TAIL = 0.0001;
const SEASON_HALF_WIDTH = 3;
const QUIET_WEEKS = 8;

export interface Expectation {
  readonly expected: number;
  readonly variance: number;
  /** The largest count the history explains (upper tail under 1 in 10,000). */
  readonly threshold: number;
  readonly basis: 'season';
}

/** What the history before week t says to expect at week t, or null without enough history. */
export function expectationAt(counts: readonly number[], t: number): Expectation | null {
  let window: number[];
  let basis: Expectation['basis'];
  if (t - 52 - SEASON_HALF_WIDTH >= 0) {
    window = counts.slice(t - 52 - SEASON_HALF_WIDTH, t - 52 + SEASON_HALF_WIDTH + 1);
    basis = 'season';
  } else return null;
  const mean = window.reduce((s, v) => s + v, 0) / window.length;
  // Over-dispersion from the whole last year, around its own five-week moving average (so that
  // the season is not taken for noise): a year of weeks gives a steady estimate where the seven
  // weeks of the window would not.
  const year = counts.slice(t - 52, t);
  let squares = 0;
  let n = 0;
  for (let i = 2; i < year.length - 2; i++) {
    const local = (year[i - 2]! + year[i - 1]! + year[i]! + year[i + 1]! + year[i + 2]!) / 5;
    squares += (year[i]! - local) ** 2;
    n++;
  }
  const yearMean = year.reduce((s, v) => s + v, 0) / year.length;
  // The moving average takes a fifth of each week's own noise with it: 1 - 1/5 of the variance remains.
  const dispersion = yearMean > 0 ? Math.max(1, squares / n / (0.8 * yearMean)) : 1;
  // A floor of half a case a week: a series silent so far still has room for one or two.
  const expected = Math.max(mean, 0.5);
  const variance = dispersion * expected;
  return { expected, variance, threshold: upperQuantile(expected, variance, TAIL), basis };
}

/**
 * The smallest k with P(X > k) < tail, X negative binomial with this mean and variance (Poisson
 * when they are equal).
 */
export function upperQuantile(mean: number, variance: number, tail: number): number {
  let p: number;
  let next: (k: number, pk: number) => number;
  if (variance <= mean * 1.0001) {
    p = Math.exp(-mean);
    next = (k, pk) => (pk * mean) / (k + 1);
  } else {
    // NB(r, q): mean r(1-q)/q, variance r(1-q)/q².
    const q = mean / variance;
    const r = (mean * q) / (1 - q);
    p = q ** r;
    next = (k, pk) => (pk * (k + r) * (1 - q)) / (k + 1);
  }
  let cumulative = p;
  let k = 0;
  while (1 - cumulative >= tail && k < 100_000) {
    p = next(k, p);
    k++;
    cumulative += p;
  }
  return k;
}

export interface Increase {
  /** The week of the warning (index into the series). */
  readonly at: number;
  /** The first week of the run of counts above their expected level that ends in it. */
  readonly since: number;
  readonly count: number;
  readonly expected: number;
  readonly threshold: number;
}

/** Every week of the series at which a warning is raised. */
export function increases(counts: readonly number[]): Increase[] {
  const out: Increase[] = [];
  let last = Number.NEGATIVE_INFINITY;
  let warned = false;
  for (let t = 0; t < counts.length; t++) {
    const e = expectationAt(counts, t);
    if (!e) continue;
    const count = counts[t]!;
    if (warned && count <= e.expected && t - last > QUIET_WEEKS) warned = false;
    if (warned || count <= e.threshold || count < MIN_WARNING_COUNT) continue;
    let since = t;
    while (since > 0) {
      const before = expectationAt(counts, since - 1);
      if (!before || counts[since - 1]! <= before.expected) break;
      since--;
    }
    out.push({ at: t, since, count, expected: e.expected, threshold: e.threshold });
    last = t;
    warned = true;
  }
  return out;
}
