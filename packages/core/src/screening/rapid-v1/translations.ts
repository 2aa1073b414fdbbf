/** Translations of "Veza rapid screening" v1, by language; every one unreviewed. */
import type { ScreeningLanguage } from '../instrument.ts';

export const TRANSLATIONS: Partial<Record<ScreeningLanguage, Record<string, string>>> = {};
