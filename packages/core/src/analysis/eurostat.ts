/**
 * The Eurostat trafficking statistics (crim_thb: registered victims and suspects of trafficking in
 * human beings) as the region's statistical offices report them: for a year, victims by sex and
 * age group, by sex and citizenship, by sex and form of exploitation; suspects by sex and age
 * group and by sex and citizenship. Codes as Eurostat's: sex F, M, UNK, T; age Y_LT18, Y_GE18,
 * UNK, TOTAL; citizenship of the reporting country (REP), of the EU (EU27_2020), of elsewhere
 * (NEU27_2020), unknown (UNK); form of exploitation sexual (SEX), labour (LAB), other (OTH),
 * unknown (UNK). A withheld count carries Eurostat's flag for confidential data, c.
 *
 * The tables share their totals by sex: a total withheld in one is withheld in all, so that no
 * table gives away what another withholds.
 */
import { protectTable } from '../disclosure/suppress.ts';
import { type AgeBand, CHILD_AGE_BANDS } from './dimensions.ts';

export const EU27 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export const EUROSTAT_SEX = ['F', 'M', 'UNK'] as const;
export const EUROSTAT_AGE = ['Y_LT18', 'Y_GE18', 'UNK'] as const;
export const EUROSTAT_CITIZEN = ['REP', 'EU27_2020', 'NEU27_2020', 'UNK'] as const;
export const EUROSTAT_EXPLOIT = ['SEX', 'LAB', 'OTH', 'UNK'] as const;

export const eurostatSex = (sex: string) => (sex === 'female' ? 'F' : sex === 'male' ? 'M' : 'UNK');
export const eurostatAge = (band: string) =>
  band === 'unknown' ? 'UNK' : CHILD_AGE_BANDS.includes(band as AgeBand) ? 'Y_LT18' : 'Y_GE18';
export function eurostatCitizen(nationality: string, reporting: string): string {
  if (!nationality || nationality === 'unknown') return 'UNK';
  if (nationality === reporting) return 'REP';
  return (EU27 as readonly string[]).includes(nationality) ? 'EU27_2020' : 'NEU27_2020';
}
export function eurostatExploit(types: readonly string[]): string {
  const first = types[0];
  if (!first) return 'UNK';
  if (first === 'SexualExploitation') return 'SEX';
  if (first === 'ForcedLabour') return 'LAB';
  return 'OTH';
}

/** One person counted: the codes of each dimension. */
export interface CountedPerson {
  readonly sex: string;
  readonly age: string;
  readonly citizen: string;
  readonly exploit: string;
}

export interface StatisticsRow {
  readonly table: string;
  readonly sex: string;
  readonly breakdown: 'age' | 'citizen' | 'exploit';
  readonly category: string;
  readonly value: number | null;
}

/** The tables, each protected with its margins, the shared totals by sex withheld alike in all. */
export function statisticsTables(
  people: readonly CountedPerson[],
  breakdowns: readonly ('age' | 'citizen' | 'exploit')[],
  threshold = 10,
): StatisticsRow[] {
  const categories = { age: EUROSTAT_AGE, citizen: EUROSTAT_CITIZEN, exploit: EUROSTAT_EXPLOIT };
  const grids = breakdowns.map((b) => {
    const counts = EUROSTAT_SEX.map((s) =>
      categories[b].map((c) => people.filter((p) => p.sex === s && p[b] === c).length),
    );
    return { breakdown: b, published: protectTable(counts, { threshold }).published };
  });
  // The totals by sex (last column) and the grand total: withheld in all where withheld in one.
  const R = EUROSTAT_SEX.length;
  for (let i = 0; i <= R; i++) {
    const withheld = grids.some((g) => g.published[i]![g.published[i]!.length - 1] === null);
    if (withheld) for (const g of grids) g.published[i]![g.published[i]!.length - 1] = null;
  }
  const rows: StatisticsRow[] = [];
  for (const g of grids) {
    const cats = categories[g.breakdown];
    [...EUROSTAT_SEX, 'T'].forEach((sex, i) => {
      [...cats, 'TOTAL'].forEach((category, j) => {
        rows.push({
          table: g.breakdown,
          sex,
          breakdown: g.breakdown,
          category,
          value: g.published[i]![j] ?? null,
        });
      });
    });
  }
  return rows;
}
