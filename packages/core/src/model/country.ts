/**
 * Countries as ISO 3166-1 alpha-2 codes, with Kosovo's user-assigned XK as the region uses it, and
 * every form in which the region's registers write them: alpha-2, alpha-3 (AFG, SRB), Kosovo's
 * RKS and XKX, and names in each interface language and script (from CLDR, country-names.ts) or
 * as clerks write them (Avganistan, Sirija, Shqipëria). One reading serves forms, imports and
 * linkage.
 */
import { z } from 'zod';
import { searchKey } from '../names/fold.ts';
import { COUNTRY_NAMES } from './country-names.ts';

// biome-ignore format: a table reads better as one
export const COUNTRY_CODES = [
  'AD','AE','AF','AG','AI','AL','AM','AO','AQ','AR','AS','AT','AU','AW','AX','AZ','BA','BB','BD','BE','BF','BG','BH','BI','BJ',
  'BL','BM','BN','BO','BQ','BR','BS','BT','BV','BW','BY','BZ','CA','CC','CD','CF','CG','CH','CI','CK','CL','CM','CN','CO','CR',
  'CU','CV','CW','CX','CY','CZ','DE','DJ','DK','DM','DO','DZ','EC','EE','EG','EH','ER','ES','ET','FI','FJ','FK','FM','FO','FR',
  'GA','GB','GD','GE','GF','GG','GH','GI','GL','GM','GN','GP','GQ','GR','GS','GT','GU','GW','GY','HK','HM','HN','HR','HT','HU',
  'ID','IE','IL','IM','IN','IO','IQ','IR','IS','IT','JE','JM','JO','JP','KE','KG','KH','KI','KM','KN','KP','KR','KW','KY','KZ',
  'LA','LB','LC','LI','LK','LR','LS','LT','LU','LV','LY','MA','MC','MD','ME','MF','MG','MH','MK','ML','MM','MN','MO','MP','MQ',
  'MR','MS','MT','MU','MV','MW','MX','MY','MZ','NA','NC','NE','NF','NG','NI','NL','NO','NP','NR','NU','NZ','OM','PA','PE','PF',
  'PG','PH','PK','PL','PM','PN','PR','PS','PT','PW','PY','QA','RE','RO','RS','RU','RW','SA','SB','SC','SD','SE','SG','SH','SI',
  'SJ','SK','SL','SM','SN','SO','SR','SS','ST','SV','SX','SY','SZ','TC','TD','TF','TG','TH','TJ','TK','TL','TM','TN','TO','TR',
  'TT','TV','TW','TZ','UA','UG','UM','US','UY','UZ','VA','VC','VE','VG','VI','VN','VU','WF','WS','XK','YE','YT','ZA','ZM','ZW',
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** ISO 3166-1 alpha-3 of each code; Kosovo has none and XKX is what EU and UN systems use. */
// biome-ignore format: a table reads better as one
export const ALPHA3: Readonly<Record<CountryCode, string>> = {
  AD:'AND',AE:'ARE',AF:'AFG',AG:'ATG',AI:'AIA',AL:'ALB',AM:'ARM',AO:'AGO',AQ:'ATA',AR:'ARG',AS:'ASM',AT:'AUT',
  AU:'AUS',AW:'ABW',AX:'ALA',AZ:'AZE',BA:'BIH',BB:'BRB',BD:'BGD',BE:'BEL',BF:'BFA',BG:'BGR',BH:'BHR',BI:'BDI',
  BJ:'BEN',BL:'BLM',BM:'BMU',BN:'BRN',BO:'BOL',BQ:'BES',BR:'BRA',BS:'BHS',BT:'BTN',BV:'BVT',BW:'BWA',BY:'BLR',
  BZ:'BLZ',CA:'CAN',CC:'CCK',CD:'COD',CF:'CAF',CG:'COG',CH:'CHE',CI:'CIV',CK:'COK',CL:'CHL',CM:'CMR',CN:'CHN',
  CO:'COL',CR:'CRI',CU:'CUB',CV:'CPV',CW:'CUW',CX:'CXR',CY:'CYP',CZ:'CZE',DE:'DEU',DJ:'DJI',DK:'DNK',DM:'DMA',
  DO:'DOM',DZ:'DZA',EC:'ECU',EE:'EST',EG:'EGY',EH:'ESH',ER:'ERI',ES:'ESP',ET:'ETH',FI:'FIN',FJ:'FJI',FK:'FLK',
  FM:'FSM',FO:'FRO',FR:'FRA',GA:'GAB',GB:'GBR',GD:'GRD',GE:'GEO',GF:'GUF',GG:'GGY',GH:'GHA',GI:'GIB',GL:'GRL',
  GM:'GMB',GN:'GIN',GP:'GLP',GQ:'GNQ',GR:'GRC',GS:'SGS',GT:'GTM',GU:'GUM',GW:'GNB',GY:'GUY',HK:'HKG',HM:'HMD',
  HN:'HND',HR:'HRV',HT:'HTI',HU:'HUN',ID:'IDN',IE:'IRL',IL:'ISR',IM:'IMN',IN:'IND',IO:'IOT',IQ:'IRQ',IR:'IRN',
  IS:'ISL',IT:'ITA',JE:'JEY',JM:'JAM',JO:'JOR',JP:'JPN',KE:'KEN',KG:'KGZ',KH:'KHM',KI:'KIR',KM:'COM',KN:'KNA',
  KP:'PRK',KR:'KOR',KW:'KWT',KY:'CYM',KZ:'KAZ',LA:'LAO',LB:'LBN',LC:'LCA',LI:'LIE',LK:'LKA',LR:'LBR',LS:'LSO',
  LT:'LTU',LU:'LUX',LV:'LVA',LY:'LBY',MA:'MAR',MC:'MCO',MD:'MDA',ME:'MNE',MF:'MAF',MG:'MDG',MH:'MHL',MK:'MKD',
  ML:'MLI',MM:'MMR',MN:'MNG',MO:'MAC',MP:'MNP',MQ:'MTQ',MR:'MRT',MS:'MSR',MT:'MLT',MU:'MUS',MV:'MDV',MW:'MWI',
  MX:'MEX',MY:'MYS',MZ:'MOZ',NA:'NAM',NC:'NCL',NE:'NER',NF:'NFK',NG:'NGA',NI:'NIC',NL:'NLD',NO:'NOR',NP:'NPL',
  NR:'NRU',NU:'NIU',NZ:'NZL',OM:'OMN',PA:'PAN',PE:'PER',PF:'PYF',PG:'PNG',PH:'PHL',PK:'PAK',PL:'POL',PM:'SPM',
  PN:'PCN',PR:'PRI',PS:'PSE',PT:'PRT',PW:'PLW',PY:'PRY',QA:'QAT',RE:'REU',RO:'ROU',RS:'SRB',RU:'RUS',RW:'RWA',
  SA:'SAU',SB:'SLB',SC:'SYC',SD:'SDN',SE:'SWE',SG:'SGP',SH:'SHN',SI:'SVN',SJ:'SJM',SK:'SVK',SL:'SLE',SM:'SMR',
  SN:'SEN',SO:'SOM',SR:'SUR',SS:'SSD',ST:'STP',SV:'SLV',SX:'SXM',SY:'SYR',SZ:'SWZ',TC:'TCA',TD:'TCD',TF:'ATF',
  TG:'TGO',TH:'THA',TJ:'TJK',TK:'TKL',TL:'TLS',TM:'TKM',TN:'TUN',TO:'TON',TR:'TUR',TT:'TTO',TV:'TUV',TW:'TWN',
  TZ:'TZA',UA:'UKR',UG:'UGA',UM:'UMI',US:'USA',UY:'URY',UZ:'UZB',VA:'VAT',VC:'VCT',VE:'VEN',VG:'VGB',VI:'VIR',
  VN:'VNM',VU:'VUT',WF:'WLF',WS:'WSM',XK:'XKX',YE:'YEM',YT:'MYT',ZA:'ZAF',ZM:'ZMB',ZW:'ZWE',
};

// Names and demonyms as the region's clerks write them, folded with searchKey, beyond CLDR's names.
const OTHER_NAMES: Record<string, string[]> = {
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

const CODES = new Set<string>(COUNTRY_CODES);
const BY_FORM = new Map<string, CountryCode>();
for (const code of COUNTRY_CODES) BY_FORM.set(ALPHA3[code], code);
for (const form of ['RKS', 'KOS', 'XKK']) BY_FORM.set(form, 'XK');
for (const names of Object.values(COUNTRY_NAMES))
  names.forEach((name, i) => {
    const key = searchKey(name.replace(/&/g, ' and '));
    if (key && !BY_FORM.has(key)) BY_FORM.set(key, COUNTRY_CODES[i]!);
  });
for (const [code, names] of Object.entries(OTHER_NAMES))
  for (const name of names) BY_FORM.set(name, code as CountryCode);

/** The code for a country written in any of the forms above, or null when it cannot be told. */
export function countryCode(text: string | null | undefined): CountryCode | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    return CODES.has(upper) ? (upper as CountryCode) : null;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = BY_FORM.get(trimmed.toUpperCase());
    if (code) return code;
  }
  return BY_FORM.get(searchKey(trimmed)) ?? null;
}

/** A country's name in an interface language (English when the language is not one of them). */
export function countryName(code: string, locale: string): string {
  const index = (COUNTRY_CODES as readonly string[]).indexOf(code);
  if (index < 0) return code;
  return (COUNTRY_NAMES[locale] ?? COUNTRY_NAMES.en)![index] ?? code;
}

/** A country given in any form that countryCode reads, stored as its alpha-2 code. */
export const CountryCode = z
  .string()
  .trim()
  .overwrite((text) => countryCode(text) ?? text)
  .refine((code): code is CountryCode => CODES.has(code), {
    message: 'a country: its ISO 3166 code (RS, SRB; XK for Kosovo) or its name',
    params: { key: 'unknown_country' },
  });
