/**
 * "Veza rapid screening" v1, put together: the structure with its texts in every language there
 * is a translation for, validated by the instrument schema. English is reviewed; every other
 * language is marked unreviewed until a native speaker has checked it. Serbian Cyrillic is
 * converted letter for letter from Serbian Latin.
 */
import { buildInstrument, withCyrillic } from '../build.ts';
import { Instrument, type InstrumentInput } from '../instrument.ts';
import { EN } from './en.ts';
import { STRUCTURE } from './structure.ts';
import { TRANSLATIONS } from './translations.ts';

/** Version 1's words in every language it has. */
export const RAPID_V1_TEXTS = withCyrillic({ en: EN, ...TRANSLATIONS });

export function buildRapidScreening(): InstrumentInput {
  return buildInstrument(STRUCTURE, RAPID_V1_TEXTS);
}

/** The shipped instrument, validated. */
export const RAPID_SCREENING_V1: Instrument = Instrument.parse(buildRapidScreening());
