/**
 * The Eurostat tables: codes as Eurostat's, nothing under 10 published, and the totals by sex the
 * same (or withheld) in every table, however the people are spread.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EUROSTAT_AGE,
  EUROSTAT_CITIZEN,
  EUROSTAT_EXPLOIT,
  EUROSTAT_SEX,
  eurostatAge,
  eurostatCitizen,
  eurostatExploit,
  eurostatSex,
  statisticsTables,
} from './eurostat.ts';

describe('the Eurostat trafficking tables', () => {
  it('code sex, age group, citizenship and form of exploitation as Eurostat does', () => {
    expect(['female', 'male', 'non_conforming', 'unknown'].map(eurostatSex)).toEqual([
      'F',
      'M',
      'UNK',
      'UNK',
    ]);
    expect(['0-11', '12-17', '18-24', '45+', 'unknown'].map(eurostatAge)).toEqual([
      'Y_LT18',
      'Y_LT18',
      'Y_GE18',
      'Y_GE18',
      'UNK',
    ]);
    expect(['RS', 'HR', 'AF', 'unknown'].map((n) => eurostatCitizen(n, 'RS'))).toEqual([
      'REP',
      'EU27_2020',
      'NEU27_2020',
      'UNK',
    ]);
    expect(
      [['SexualExploitation'], ['ForcedLabour', 'SexualExploitation'], ['ForcedBegging'], []].map(
        eurostatExploit,
      ),
    ).toEqual(['SEX', 'LAB', 'OTH', 'UNK']);
  });

  it('publish nothing under 10, and the same totals by sex in every table', () => {
    const person = fc.record({
      sex: fc.constantFrom(...EUROSTAT_SEX),
      age: fc.constantFrom(...EUROSTAT_AGE),
      citizen: fc.constantFrom(...EUROSTAT_CITIZEN),
      exploit: fc.constantFrom(...EUROSTAT_EXPLOIT),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 150 }), (people) => {
        const rows = statisticsTables(people, ['age', 'citizen', 'exploit']);
        for (const r of rows) if (r.value !== null) expect(r.value).toBeGreaterThanOrEqual(10);
        for (const sex of [...EUROSTAT_SEX, 'T']) {
          const totals = new Set(
            rows.filter((r) => r.sex === sex && r.category === 'TOTAL').map((r) => r.value),
          );
          expect(totals.size, sex).toBe(1);
        }
        const truth = people.filter((p) => p.sex === 'F' && p.age === 'Y_LT18').length;
        const shown = rows.find((r) => r.table === 'age' && r.sex === 'F' && r.category === 'Y_LT18')!.value;
        if (shown !== null) expect(shown).toBe(truth);
      }),
      { numRuns: 60 },
    );
  });
});
