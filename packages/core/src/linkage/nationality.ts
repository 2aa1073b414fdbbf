/**
 * Nationalities as declared at different borders: an ISO 3166 code, or a country's name in English
 * or one of the region's languages and scripts, turned into the code.
 */

import { COUNTRY_CODES } from '../model/country.ts';
import { searchKey } from '../names/fold.ts';

// Names folded with searchKey (Cyrillic to Latin, diacritics off), as clerks in the region write them.
const NAMES: Record<string, string[]> = {
  AF: [
    'afghanistan',
    'avganistan',
    'afganistan',
    'afghan',
    'afgan',
    'avganistanac',
    'afganistani',
    'afganistanas',
  ],
  SY: ['syria', 'sirija', 'siria', 'syrian', 'sirijac', 'siri'],
  PK: ['pakistan', 'pakistani', 'pakistanac', 'pakistanas'],
  MA: ['morocco', 'maroko', 'maroku', 'marocco', 'moroccan', 'marokanac', 'marok'],
  BD: ['bangladesh', 'banglades', 'bangladeshi', 'bangladesi', 'bengladesh'],
  IQ: ['iraq', 'irak', 'iraqi', 'irakija'],
  IR: ['iran', 'iranian', 'iranac', 'irani'],
  IN: ['india', 'indija', 'indian', 'indi'],
  TR: ['turkey', 'turkiye', 'turska', 'turcija', 'turqia', 'turkish'],
  EG: ['egypt', 'egipat', 'egipt', 'egjipt', 'egyptian'],
  TN: ['tunisia', 'tunis', 'tunizija', 'tunizi'],
  DZ: ['algeria', 'alzir', 'algjeri', 'algerie'],
  BI: ['burundi'],
  LY: ['libya', 'libija', 'libi'],
  PS: ['palestine', 'palestina'],
  SO: ['somalia', 'somalija', 'somali'],
  ER: ['eritrea', 'eritreja'],
  NP: ['nepal'],
  CU: ['cuba', 'kuba'],
  RS: ['serbia', 'srbija', 'serbija', 'srbi'],
  AL: ['albania', 'albanija', 'shqiperia', 'shqiperi'],
  BA: ['bosnia and herzegovina', 'bosna i hercegovina', 'bih', 'bosnia', 'bosna'],
  XK: ['kosovo', 'kosova'],
  ME: ['montenegro', 'crna gora', 'mali i zi'],
  MK: ['north macedonia', 'severna makedonija', 'makedonija', 'maqedonia e veriut', 'maqedonia', 'macedonia'],
  HR: ['croatia', 'hrvatska', 'kroacia'],
  GR: ['greece', 'grcka', 'greqia', 'hellas'],
  BG: ['bulgaria', 'bugarska', 'bullgaria'],
  HU: ['hungary', 'madjarska', 'hungaria'],
  RO: ['romania', 'rumunija', 'rumunia'],
  DE: ['germany', 'nemacka', 'njemacka', 'gjermania', 'deutschland'],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) for (const name of names) BY_NAME.set(name, code);
const CODES = new Set<string>(COUNTRY_CODES);

/** The ISO 3166 code for a declared nationality, or null when it cannot be told. */
export function nationalityCode(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const key = searchKey(trimmed);
  return BY_NAME.get(key) ?? null;
}
