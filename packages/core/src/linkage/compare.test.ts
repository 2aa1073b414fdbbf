import { describe, expect, it } from 'vitest';
import { compareBirthDates } from './birth-date.ts';
import { jaro, jaroWinkler } from './jaro-winkler.ts';
import { nationalityCode } from './nationality.ts';

describe('Jaro–Winkler', () => {
  it.each([
    ['martha', 'marhta', 0.944, 0.961],
    ['dwayne', 'duane', 0.822, 0.84],
    ['dixon', 'dicksonx', 0.767, 0.813],
    ['djordjevic', 'djordjevic', 1, 1],
    ['abc', '', 0, 0],
  ])('%s ~ %s', (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 2);
  });

  it('is symmetric and bounded', () => {
    for (const [a, b] of [
      ['ahmadi', 'ahmedi'],
      ['hosseini', 'husseini'],
      ['krasnici', 'krasniqi'],
      ['a', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'],
    ]) {
      expect(jaroWinkler(a!, b!)).toBeCloseTo(jaroWinkler(b!, a!), 10);
      expect(jaroWinkler(a!, b!)).toBeGreaterThanOrEqual(0);
      expect(jaroWinkler(a!, b!)).toBeLessThanOrEqual(1);
    }
  });
});

describe('birth date comparison levels', () => {
  it.each([
    ['2007-03-14', '2007-03-14', 'exact'],
    ['2007-03-04', '2007-04-03', 'day_month_swapped'],
    ['2007-03-14', '2007-03-20', 'one_part_differs'],
    ['2007-03-14', '2007-09-14', 'one_part_differs'],
    ['2007-03-14', '2008-03-14', 'one_part_differs'],
    ['1983-06-01', '1983-04-28', 'full_dates_differ'],
    ['1983-06-01', '1984-04-28', 'full_dates_differ'],
    ['1983-06-01', '1984-06-02', 'full_dates_differ'],
    ['2007-03', '2007-03-20', 'same_year_month'],
    ['2007-03', '2007-04-20', 'different'],
    ['2007', '2007-03-20', 'same_year'],
    ['2007-01-01', '2007-06-15', 'same_year'],
    ['2007-01-01', '2007-01-01', 'same_year'],
    ['2006', '2007-01-01', 'year_off_by_one'],
    ['2006-05', '2007-05-02', 'year_off_by_one'],
    ['2000', '2007', 'years_apart'],
    ['2000', '2003', 'different'],
    ['2000-02-11', '2003-02-11', 'different'],
    ['', '2007', 'missing'],
    [null, '2007', 'missing'],
    ['2007-02-30', '2007', 'missing'],
  ] as const)('%s vs %s → %s', (a, b, level) => {
    expect(compareBirthDates(a, b)).toBe(level);
    expect(compareBirthDates(b, a)).toBe(level);
  });
});

describe('nationality as declared', () => {
  it.each([
    ['AF', 'AF'],
    ['af', 'AF'],
    ['Avganistan', 'AF'],
    ['Авганистан', 'AF'],
    ['Afganistan', 'AF'],
    ['Сирија', 'SY'],
    ['Maroko', 'MA'],
    ['Shqipëria', 'AL'],
    ['Crna Gora', 'ME'],
    ['Mali i Zi', 'ME'],
    ['Северна Македонија', 'MK'],
    ['Türkiye', 'TR'],
    ['Turqia', 'TR'],
    ['Kosova', 'XK'],
    ['Atlantis', null],
    ['', null],
  ] as const)('%s → %s', (text, code) => {
    expect(nationalityCode(text)).toBe(code);
  });
});
