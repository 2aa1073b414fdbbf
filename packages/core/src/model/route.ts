/** A case's route: ordered legs, with the border crossing, dates, transport and the fee paid for each. */
import { z } from 'zod';
import { CountryCode } from './country.ts';
import { PastPartialDate } from './partial-date.ts';

export const TRANSPORT_MODES = [
  'foot',
  'car',
  'van',
  'truck',
  'bus',
  'train',
  'boat',
  'taxi',
  'other',
] as const;
export const TransportMode = z.enum(TRANSPORT_MODES);

// Currencies as people on the route and clerks write them, folded (lower case, no diacritics).
const CURRENCY_NAMES: Record<string, string> = {
  '€': 'EUR',
  euro: 'EUR',
  eur: 'EUR',
  evro: 'EUR',
  eura: 'EUR',
  евро: 'EUR',
  euros: 'EUR',
  $: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  dolar: 'USD',
  dolara: 'USD',
  долар: 'USD',
  km: 'BAM',
  'konvertibilna marka': 'BAM',
  marka: 'BAM',
  марка: 'BAM',
  din: 'RSD',
  dinar: 'RSD',
  dinara: 'RSD',
  динар: 'RSD',
  динара: 'RSD',
  den: 'MKD',
  denar: 'MKD',
  denari: 'MKD',
  денар: 'MKD',
  денари: 'MKD',
  lek: 'ALL',
  leke: 'ALL',
  lekë: 'ALL',
  '£': 'GBP',
  pound: 'GBP',
  funta: 'GBP',
  лира: 'TRY',
  lira: 'TRY',
  franak: 'CHF',
  frank: 'CHF',
};

/** A currency as written ("euro", "€", "km") as its ISO 4217 code; anything else upper-cased, to be checked. */
export function currencyCode(text: string): string {
  const key = text.trim().toLowerCase().replace(/\.$/, '');
  return CURRENCY_NAMES[key] ?? text.trim().toUpperCase();
}

export const RouteLegInput = z.object({
  fromPlace: z.string().trim().max(120).nullish(),
  fromCountry: CountryCode,
  toPlace: z.string().trim().max(120).nullish(),
  toCountry: CountryCode,
  /** One of the seeded border crossings (GET /api/border-crossings). */
  crossingId: z.string().trim().max(60).nullish(),
  departedOn: PastPartialDate.nullish(),
  arrivedOn: PastPartialDate.nullish(),
  transportMode: TransportMode.nullish(),
  feeAmount: z.number().min(0, 'a fee cannot be negative').max(1_000_000).nullish(),
  /** ISO 4217, e.g. EUR; "euro", "€", "KM" or "denari" are read as their codes. */
  feeCurrency: z
    .string()
    .trim()
    .overwrite(currencyCode)
    .regex(/^[A-Z]{3}$/, 'a currency as its three-letter ISO 4217 code, e.g. EUR')
    .nullish(),
  facilitatorPersonId: z.uuid().nullish(),
  notes: z.string().trim().max(2000).nullish(),
});
export type RouteLegInput = z.infer<typeof RouteLegInput>;

export const RouteInput = z.object({ legs: z.array(RouteLegInput).max(50) }).superRefine((route, ctx) => {
  route.legs.forEach((leg, i) => {
    if ((leg.feeAmount === null || leg.feeAmount === undefined) !== !leg.feeCurrency) {
      ctx.addIssue({
        code: 'custom',
        message: 'a fee needs both an amount and a currency',
        params: { key: 'fee_pair' },
        path: ['legs', i, 'feeCurrency'],
      });
    }
    if (leg.departedOn && leg.arrivedOn && leg.arrivedOn < leg.departedOn) {
      ctx.addIssue({
        code: 'custom',
        message: 'a leg cannot arrive before it departs',
        params: { key: 'arrives_before_departs' },
        path: ['legs', i, 'arrivedOn'],
      });
    }
  });
});
export type RouteInput = z.infer<typeof RouteInput>;

/** HTCDS Historic Trafficking Events (hte_Type). */
export const EVENT_TYPES = ['Recruitment', 'Transit', 'Exploitation'] as const;

export const CaseEventInput = z.object({
  type: z.enum(EVENT_TYPES),
  personId: z.uuid().nullish(),
  date: PastPartialDate.nullish(),
  place: z.string().trim().max(120).nullish(),
  country: CountryCode.nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  description: z.string().trim().max(5000).nullish(),
});
export type CaseEventInput = z.infer<typeof CaseEventInput>;
