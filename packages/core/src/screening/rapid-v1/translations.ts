/**
 * Translations of "Veza rapid screening" v1, by language; every one unreviewed. Bosnian, Croatian
 * and Montenegrin are made from the Serbian text with the words where they differ (the ijekavian
 * forms, and Croatian vocabulary), the way the interface's own languages are: a native speaker
 * should review each before it is marked reviewed.
 */
import type { ScreeningLanguage } from '../instrument.ts';
import { AR } from './ar.ts';
import { BN } from './bn.ts';
import { FA, PRS } from './fa.ts';
import { FR } from './fr.ts';
import { MK } from './mk.ts';
import { PS } from './ps.ts';
import { SQ } from './sq.ts';
import { SR_LATN } from './sr-Latn.ts';
import { TR } from './tr.ts';
import { UR } from './ur.ts';

/** Ekavian Serbian words and their ijekavian (Bosnian, Montenegrin) forms. */
export const IJEKAVIAN: [string, string][] = [
  ['Želeo/la', 'Želio/la'],
  ['menja', 'mijenja'],
  ['poverljivo', 'povjerljivo'],
  ['deli', 'dijeli'],
  ['Pre', 'Prije'],
  ['smete', 'smijete'],
  ['Podeli', 'Podijeli'],
  ['Bezbedan', 'Siguran'],
  ['Bezbednost', 'Sigurnost'],
  ['bezbedn', 'sigurn'],
  ['primetili', 'primijetili'],
  ['deca', 'djeca'],
  ['decom', 'djecom'],
  ['deteta', 'djeteta'],
  ['dete', 'dijete'],
  ['Dete', 'Dijete'],
  ['detetom', 'djetetom'],
  ['Mesto', 'Mjesto'],
  ['mesto', 'mjesto'],
  ['vreme', 'vrijeme'],
  ['pretrpeli', 'pretrpjeli'],
  ['Preživeo', 'Preživio'],
  ['Prekomerni', 'Prekomjerni'],
  ['premeštanjem', 'premještanjem'],
  ['smeštaj', 'smještaj'],
  ['provereno', 'provjereno'],
  ['Neprovereno', 'Neprovjereno'],
  ['uzrast', 'dob'],
  ['Obmanut', 'Prevaren'],
  ['obmanom', 'prevarom'],
  ['proterati', 'protjerati'],
  ['proterivanjem', 'protjerivanjem'],
  ['Pol', 'Spol'],
  ['Plaši', 'Boji'],
  ['plašite', 'bojite'],
  ['gde', 'gdje'],
  ['ovde', 'ovdje'],
  ['pretili', 'prijetili'],
  ['pretnjama', 'prijetnjama'],
  ['Pretnje', 'Prijetnje'],
  ['želeli', 'željeli'],
  ['povredio', 'povrijedio'],
  ['povredili', 'povrijedili'],
  ['Povređen', 'Povrijeđen'],
  ['uslovi', 'uvjeti'],
  ['Uslovi', 'Uvjeti'],
];

/** Where Croatian differs from the ijekavian text: vocabulary and question order. */
export const CROATIAN: [string, string][] = [
  [
    'Da li neko drugi sada drži vaš pasoš ili ličnu kartu',
    'Drži li netko drugi sada vašu putovnicu ili osobnu iskaznicu',
  ],
  ['Da li još dugujete', 'Dugujete li još'],
  ['Da li vas je neko', 'Je li vas netko'],
  ['Da li vam je neko', 'Je li vam netko'],
  ['Da li je neko drugi organizovao', 'Je li netko drugi organizirao'],
  ['Da li se bojite', 'Bojite li se'],
  ['organizovao', 'organizirao'],
  ['organizovali', 'organizirali'],
  ['kontrolisali', 'kontrolirali'],
  ['povrijedio', 'ozlijedio'],
  ['povrijedili', 'ozlijedili'],
  ['Da li ste', 'Jeste li'],
  ['Da li su', 'Jesu li'],
  ['Da li je', 'Je li'],
  ['Da li vam je', 'Je li vam'],
  ['Da li putujete', 'Putujete li'],
  ['Da li imate', 'Imate li'],
  ['Da li pristajete', 'Pristajete li'],
  ['neko', 'netko'],
  ['Neko', 'Netko'],
  ['ko ste', 'tko ste'],
  ['porodic', 'obitelj'],
  ['Fabrika', 'Tvornica'],
  ['pasoš', 'putovnicu'],
  ['ličnu kartu', 'osobnu iskaznicu'],
  ['uhapsiti', 'uhititi'],
  ['papir', 'dokument'],
  ['hleb', 'kruh'],
  ['tačno', 'točno'],
  ['Da li', 'Je li'],
  ['da li osoba izgleda', 'izgleda li osoba'],
  ['da li ste', 'jeste li'],
  ['da li vam je', 'je li vam'],
  ['da li', 'je li'],
  ['tokom', 'tijekom'],
  ['veoma', 'vrlo'],
  ['plata', 'plaća'],
];

/** Replaces whole words only: "dete" becomes "dijete", but "idete" stays. */
export function changed(source: Record<string, string>, changes: [string, string][]): Record<string, string> {
  const patterns = changes.map(
    ([from, to]) =>
      [
        new RegExp(`(?<![\\p{L}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'),
        to,
      ] as const,
  );
  return Object.fromEntries(
    Object.entries(source).map(([key, text]) => [
      key,
      patterns.reduce((t, [from, to]) => t.replace(from, to), text),
    ]),
  );
}

const BS = changed(SR_LATN, IJEKAVIAN);
const HR = changed(BS, CROATIAN);

export const TRANSLATIONS: Partial<Record<ScreeningLanguage, Record<string, string>>> = {
  sq: SQ,
  'sr-Latn': SR_LATN,
  mk: MK,
  bs: BS,
  hr: HR,
  // Montenegrin: the Bosnian text, which is ijekavian too, until a Montenegrin speaker reviews it.
  cnr: BS,
  ar: AR,
  fa: FA,
  prs: PRS,
  ps: PS,
  ur: UR,
  bn: BN,
  fr: FR,
  tr: TR,
};
