/**
 * Translations of the texts version 2 adds or changes, by language; every one unreviewed. What
 * version 2 shares word for word with version 1 is carried over from version 1's (index.ts).
 */
import type { Dictionaries } from '../build.ts';

export const TRANSLATIONS: Dictionaries = {};
