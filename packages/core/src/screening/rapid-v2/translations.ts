/**
 * Translations of the texts version 2 adds or changes, by language; every one unreviewed. What
 * version 2 shares word for word with version 1 is carried over from version 1's (index.ts).
 * Bosnian, Croatian and Montenegrin are made (index.ts) from the whole Serbian text, carried over
 * and new, by version 1's whole-word substitutions and the few more that version 2 needs.
 */
import type { Dictionaries, Dictionary } from '../build.ts';
import { dari } from '../rapid-v1/fa.ts';
import { CROATIAN, changed, IJEKAVIAN } from '../rapid-v1/translations.ts';
import { AR } from './ar.ts';
import { BN } from './bn.ts';
import { FA } from './fa.ts';
import { FR } from './fr.ts';
import { MK } from './mk.ts';
import { PS } from './ps.ts';
import { SQ } from './sq.ts';
import { SR_LATN } from './sr-Latn.ts';
import { TR } from './tr.ts';
import { UR } from './ur.ts';

/** Ijekavian forms of words version 2 uses that version 1 did not. */
const IJEKAVIAN_V2: [string, string][] = [
  ['primećuje', 'primjećuje'],
  ['devojka', 'djevojka'],
  ['deo', 'dio'],
  ['venčao', 'vjenčao'],
  ['Venčan', 'Vjenčan'],
  ['smestili', 'smjestili'],
  ['smešten', 'smješten'],
  ['Smešten', 'Smješten'],
  ['celokupne', 'cjelokupne'],
  ['reč', 'riječ'],
  ['nedeljno', 'sedmično'],
  ['nedelji', 'sedmici'],
  ['živeli', 'živjeli'],
  ['živela', 'živjela'],
  ['živeo', 'živio'],
  ['Preživeo', 'Preživio'],
  ['umesto', 'umjesto'],
  ['dela', 'djela'],
  ['smeli', 'smjeli'],
  ['smete', 'smijete'],
  ['mesto', 'mjesto'],
  ['Procenite', 'Procijenite'],
  ['obavestiti', 'obavijestiti'],
  ['Obmanut', 'Prevaren'],
  ['obmanom', 'prevarom'],
  ['obmana', 'prevara'],
  ['uopšte', 'uopće'],
  ['zavisi', 'ovisi'],
  ['dece', 'djece'],
  ['deteta', 'djeteta'],
  ['dete', 'dijete'],
  ['Dete', 'Dijete'],
  ['detetom', 'djetetom'],
  ['uvek', 'uvijek'],
];

/** Croatian words version 2 uses beyond version 1's list. */
const CROATIAN_V2: [string, string][] = [
  ['skrining', 'probir'],
  ['pasoš', 'putovnicu'],
  ['minimalne zarade', 'minimalne plaće'],
  ['sedmično', 'tjedno'],
  ['sedmici', 'tjednu'],
  ['prevodioca', 'prevoditelja'],
  ['krivičnog', 'kaznenog'],
  ['Ko', 'Tko'],
];

/** Bosnian (and, until a Montenegrin speaker reviews it, Montenegrin) from the whole Serbian text. */
export const bosnianFrom = (serbian: Dictionary): Dictionary =>
  changed(changed(serbian, IJEKAVIAN), IJEKAVIAN_V2);
/** Croatian from the Bosnian text. */
export const croatianFrom = (bosnian: Dictionary): Dictionary =>
  changed(changed(bosnian, CROATIAN), CROATIAN_V2);

export const TRANSLATIONS: Dictionaries = {
  sq: SQ,
  'sr-Latn': SR_LATN,
  mk: MK,
  ar: AR,
  fa: FA,
  prs: dari(FA),
  ps: PS,
  ur: UR,
  bn: BN,
  fr: FR,
  tr: TR,
};
