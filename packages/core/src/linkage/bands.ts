/**
 * What a score means to the person who reads it, in three bands. Strong: act on it (at least 99 in
 * 100 such pairs were the same person on the 1M-record benchmark register, before any decision);
 * probable: most are the same person, check before acting; possible: worth a look, often a namesake
 * or a relative. Duplicates and hits carry the band beside the probability (bench/README.md has
 * each band's measured precision).
 */
export type ScoreBand = 'strong' | 'probable' | 'possible';

export const BAND_NAMES: readonly ScoreBand[] = ['strong', 'probable', 'possible'];
export const STRONG_FROM = 0.999;
export const PROBABLE_FROM = 0.9;

export function bandOf(probability: number): ScoreBand {
  return probability >= STRONG_FROM ? 'strong' : probability >= PROBABLE_FROM ? 'probable' : 'possible';
}
