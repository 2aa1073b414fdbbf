/**
 * "Veza rapid screening" v2, put together and validated. English is reviewed. A text that is word
 * for word version 1's carries version 1's translations over (unreviewed, as they were); every other
 * translation is in this folder's language files, all unreviewed until a native speaker checks them.
 */
import { buildInstrument, type Dictionaries, type Dictionary, withCyrillic } from '../build.ts';
import { Instrument, type InstrumentInput, type ScreeningLanguage } from '../instrument.ts';
import { EN as EN_V1 } from '../rapid-v1/en.ts';
import { RAPID_V1_TEXTS } from '../rapid-v1/index.ts';
import { EN } from './en.ts';
import { STRUCTURE } from './structure.ts';
import { bosnianFrom, croatianFrom, TRANSLATIONS } from './translations.ts';

/** A translation of version 1 counts for version 2 where the English it translates did not change. */
function carriedOver(language: ScreeningLanguage): Dictionary {
  const v1 = RAPID_V1_TEXTS[language] ?? {};
  return Object.fromEntries(
    Object.entries(v1).filter(([key]) => EN_V1[key] !== undefined && EN_V1[key] === EN[key]),
  );
}

/** Version 1's text where the English is the same, overridden by version 2's own translations. */
const ownOrCarried = (language: ScreeningLanguage): Dictionary => ({
  ...carriedOver(language),
  ...(TRANSLATIONS[language] ?? {}),
});

/**
 * Version 2's words in every language version 1 or version 2 has. Bosnian, Croatian and Montenegrin
 * are derived afresh from the whole Serbian text, so that they take version 2's substitutions too.
 */
const serbian = ownOrCarried('sr-Latn');
const bosnian = bosnianFrom(serbian);
const derived: Partial<Record<ScreeningLanguage, Dictionary>> = {
  bs: bosnian,
  hr: croatianFrom(bosnian),
  // Montenegrin: the Bosnian text, which is ijekavian too, until a Montenegrin speaker reviews it.
  cnr: bosnian,
};
/** In version 1's order of languages, Serbian Cyrillic last (made from Serbian Latin). */
export const RAPID_V2_TEXTS: Dictionaries = withCyrillic(
  Object.fromEntries(
    (Object.keys({ ...RAPID_V1_TEXTS, ...TRANSLATIONS }) as ScreeningLanguage[])
      .filter((language) => language !== 'sr-Cyrl')
      .map((language) => [language, language === 'en' ? EN : (derived[language] ?? ownOrCarried(language))]),
  ),
);

export function buildRapidScreeningV2(): InstrumentInput {
  return buildInstrument(STRUCTURE, RAPID_V2_TEXTS);
}

/** The shipped instrument, validated. */
export const RAPID_SCREENING_V2: Instrument = Instrument.parse(buildRapidScreeningV2());
