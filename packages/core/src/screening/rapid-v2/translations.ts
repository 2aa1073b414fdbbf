/**
 * Translations of the texts version 2 adds or changes, by language; every one unreviewed. What
 * version 2 shares word for word with version 1 is carried over from version 1's (index.ts).
 * Bosnian, Croatian and Montenegrin are made from the Serbian text by version 1's whole-word
 * substitutions and the few more that version 2's words need.
 */
import type { Dictionaries } from '../build.ts';
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
  ['Ko', 'Tko'],
];

const BS = changed(changed(SR_LATN, IJEKAVIAN), IJEKAVIAN_V2);
const HR = changed(changed(BS, CROATIAN), CROATIAN_V2);

export const TRANSLATIONS: Dictionaries = {
  sq: SQ,
  'sr-Latn': SR_LATN,
  mk: MK,
  bs: BS,
  hr: HR,
  // Montenegrin: the Bosnian text, which is ijekavian too, until a Montenegrin speaker reviews it.
  cnr: BS,
  ar: AR,
  fa: FA,
  prs: dari(FA),
  ps: PS,
  ur: UR,
  bn: BN,
  fr: FR,
  tr: TR,
};
