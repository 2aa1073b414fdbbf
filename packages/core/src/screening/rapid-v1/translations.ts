/** Translations of "Veza rapid screening" v1, by language; every one unreviewed. */
import type { ScreeningLanguage } from '../instrument.ts';
import { PS } from './ps.ts';
import { SR_LATN } from './sr-Latn.ts';

export const TRANSLATIONS: Partial<Record<ScreeningLanguage, Record<string, string>>> = {
  'sr-Latn': SR_LATN,
  ps: PS,
};
