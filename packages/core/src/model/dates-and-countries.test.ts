import { describe, expect, it } from 'vitest';
import { searchKey } from '../names/fold.ts';
import { ALPHA3, COUNTRY_CODES, CountryCode, countryCode, countryName } from './country.ts';
import { COUNTRY_NAMES } from './country-names.ts';
import { dateProblem, PartialDate, PastFullDate, PastPartialDate } from './partial-date.ts';

const now = new Date('2026-12-02T10:00:00Z');

describe('the one date rule', () => {
  it.each([
    ['1990-02-30', {}, 'not_a_date'],
    ['1990-13', {}, 'not_a_date'],
    ['2023-02-29', {}, 'not_a_date'],
    ['2024-02-29', {}, null],
    ['1850-01-01', {}, 'too_early'],
    ['2150', {}, 'too_late'],
    ['30.05.1990', {}, 'date'],
    ['1990-5-3', {}, 'date'],
    ['1990-05', { full: true }, 'fullDate'],
    ['2030-05-05', { past: true }, 'future'],
    ['2026-12-03', { past: true }, null],
    ['2026-12-04', { past: true }, 'future'],
    ['2026-12-02', { past: true }, null],
    ['2026-12', { past: true }, null],
    ['2026', { past: true }, null],
    ['2027', { past: true }, 'future'],
    ['2030-05-05', {}, null],
  ] as const)('%s %o: %s', (value, options, problem) => {
    expect(dateProblem(value, { ...options, now })).toBe(problem);
  });

  it('names the problem in the schema issue, as a key the interface translates', () => {
    const future = PastPartialDate.safeParse('2999-01-01');
    expect(future.success).toBe(false);
    expect((future.error!.issues[0] as { params?: { key?: string } }).params?.key).toBe('future');
    expect(PartialDate.safeParse('1990-02-30').error?.issues[0]?.message).toMatch(
      /not a date of the calendar/,
    );
    expect(PastFullDate.safeParse('2031-01-01').success).toBe(false);
    expect(PastFullDate.safeParse('2020-01-01').success).toBe(true);
  });
});

describe('countries in every form the registers use', () => {
  it.each([
    ['RS', 'RS'],
    ['srb', 'RS'],
    ['Serbia', 'RS'],
    ['Србија', 'RS'],
    ['AFG', 'AF'],
    ['Avganistan', 'AF'],
    ['Afganistan', 'AF'],
    ['RKS', 'XK'],
    ['XKX', 'XK'],
    ['Kosovë', 'XK'],
    ['Shqipëria', 'AL'],
    ['Северна Македонија', 'MK'],
    ['Njemačka', 'DE'],
    ['Sirija', 'SY'],
    ['SYR', 'SY'],
    ['Bosna i Hercegovina', 'BA'],
    ['Narnia', null],
    ['XX', null],
  ])('%s → %s', (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  it('has an alpha-3 code and a name in every interface language for every country', () => {
    expect(new Set(Object.values(ALPHA3)).size).toBe(COUNTRY_CODES.length);
    for (const names of Object.values(COUNTRY_NAMES)) expect(names).toHaveLength(COUNTRY_CODES.length);
    expect(countryName('XK', 'sq')).toBe('Kosovë');
    expect(countryName('DE', 'mk')).toBe('Германија');
    // Every name reads back as its own code, but for the few that one language or another gives
    // to two territories ("Sveti Martin", the French or the Dutch part of one island).
    const claims = new Map<string, Set<string>>();
    for (const names of Object.values(COUNTRY_NAMES))
      names.forEach((name, i) => {
        const key = searchKey(name);
        claims.set(key, (claims.get(key) ?? new Set()).add(COUNTRY_CODES[i]!));
      });
    for (const [locale, names] of Object.entries(COUNTRY_NAMES))
      names.forEach((name, i) => {
        if (claims.get(searchKey(name))!.size > 1) return;
        const code = countryCode(name);
        if (code !== COUNTRY_CODES[i]) throw new Error(`${locale} ${name}: ${code} not ${COUNTRY_CODES[i]}`);
      });
  });

  it('stores the code, and refuses what it cannot read, naming the problem', () => {
    expect(CountryCode.parse(' Serbia ')).toBe('RS');
    const refused = CountryCode.safeParse('Serbia and the moon');
    expect(refused.success).toBe(false);
    expect((refused.error!.issues[0] as { params?: { key?: string } }).params?.key).toBe('unknown_country');
  });
});

describe('a route leg as people write it', () => {
  const leg = { fromCountry: 'Srbija', toCountry: 'HRV' };
  it('reads a currency written as a word or a sign', async () => {
    const { RouteInput } = await import('./route.ts');
    const parsed = RouteInput.parse({ legs: [{ ...leg, feeAmount: 500, feeCurrency: 'euro' }] });
    expect(parsed.legs[0]).toMatchObject({ fromCountry: 'RS', toCountry: 'HR', feeCurrency: 'EUR' });
    expect(
      RouteInput.parse({ legs: [{ ...leg, feeAmount: 200, feeCurrency: 'KM' }] }).legs[0]!.feeCurrency,
    ).toBe('BAM');
  });
  it('names what is wrong with keys the interface words', async () => {
    const { RouteInput } = await import('./route.ts');
    const keyOf = (input: unknown) => {
      const issue = RouteInput.safeParse(input).error!.issues[0] as {
        params?: { key?: string };
        path: unknown[];
      };
      return [issue.path.join('.'), issue.params?.key];
    };
    expect(keyOf({ legs: [{ ...leg, departedOn: '2026-05-02', arrivedOn: '2026-05-01' }] })).toEqual([
      'legs.0.arrivedOn',
      'arrives_before_departs',
    ]);
    expect(keyOf({ legs: [{ ...leg, feeAmount: 100 }] })).toEqual(['legs.0.feeCurrency', 'fee_pair']);
    expect(keyOf({ legs: [{ ...leg, departedOn: '2999-01-01' }] })).toEqual(['legs.0.departedOn', 'future']);
  });
});
