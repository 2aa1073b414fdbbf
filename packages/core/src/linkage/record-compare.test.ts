import { describe, expect, it } from 'vitest';
import { BLOCK_COLUMNS, buildBlocks, forEachCandidate } from './blocking.ts';
import {
  compareRecords,
  FIELD_LEVELS,
  frequencyAdjustment,
  LINK_FIELDS,
  levelBuffer,
  NAME_LEVELS,
  nameLevel,
  oneEditApart,
  SWAPPED,
} from './compare.ts';
import { patternCode } from './fellegi-sunter.ts';
import { documentKey, type LinkRecord, phoneKey, prepareRecords, sexCode } from './record.ts';

function levelsOf(a: Partial<LinkRecord>, b: Partial<LinkRecord>) {
  const table = prepareRecords([
    { id: 'a', ...a },
    { id: 'b', ...b },
  ]);
  const levels = levelBuffer();
  const code = compareRecords(table, 0, 1, levels);
  const named = Object.fromEntries(
    LINK_FIELDS.map((f, k) => [f.field, (f.levels as readonly string[])[levels[k]!]]),
  );
  return { table, levels, code, named, swapped: levels[SWAPPED] === 1 };
}

describe('name comparison levels', () => {
  it.each([
    // the same name in another script or orthography is the same name
    ['Ђорђевић', 'DJORDJEVIC', 'exact'],
    ['Gjorgjeviq', 'Đorđević', 'exact'],
    ['Krasniqi', 'Krasnići', 'exact'],
    ['Hoxha', 'Хоџа', 'exact'],
    // order of words and compounds do not matter
    ['Mohammad Reza', 'Reza Mohammad', 'exact'],
    ['Abdul Rahman', 'Abdulrahman', 'exact'],
    ['Al-Hassan', 'Al Hassan', 'exact'],
    // near: a typo or a vowel
    ['Ahmadi', 'Ahmedi', 'near'],
    ['Husseini', 'Hussaini', 'near'],
    ['Mohammad Reza', 'Mohammed Reza', 'near'],
    ['Mohammad Reza', 'Muhamed Reza', 'phonetic'],
    // phonetic: romanisations with other letters
    ['Mohammad', 'Muhamed', 'phonetic'],
    ['Jawad', 'Xhavad', 'phonetic'],
    ['Ismail', 'Esmail', 'phonetic'],
    ['Fejsal', 'Faisal', 'phonetic'],
    ['Alireza', 'Reza Ali', 'phonetic'],
    // similar: close but not near
    ['Ahmad', 'Ahmet', 'similar'],
    // partial: one name is part of the other
    ['Mohammad', 'Mohammad Ali', 'partial'],
    // different, and missing
    ['Mohammad Ali', 'Mohammad Reza', 'different'],
    ['Petrović', 'Hoxha', 'different'],
    ['', 'Hoxha', 'missing'],
    ['Ahmadi', '  ', 'missing'],
  ] as const)('%s ~ %s → %s', (a, b, level) => {
    const table = prepareRecords([
      { id: 'a', familyNames: a },
      { id: 'b', familyNames: b },
    ]);
    const found = nameLevel(table.strings, table.family, 0, table.family, 1);
    expect(NAME_LEVELS[found]).toBe(level);
    expect(NAME_LEVELS[nameLevel(table.strings, table.family, 1, table.family, 0)]).toBe(level);
  });

  it('reads Md and Mohd as Muhammad', () => {
    expect(levelsOf({ givenNames: 'Md' }, { givenNames: 'Muhammad' }).named.given_names).toBe('exact');
    expect(levelsOf({ givenNames: 'MOHD' }, { givenNames: 'Mohammad' }).named.given_names).toBe('near');
  });

  it('matches given and family names written the other way round', () => {
    const r = levelsOf(
      { givenNames: 'Marko', familyNames: 'Đorđević' },
      { givenNames: 'ĐORĐEVIĆ', familyNames: 'Marko' },
    );
    expect(r.named.given_names).toBe('exact');
    expect(r.named.family_names).toBe('exact');
    expect(r.swapped).toBe(true);
    const straight = levelsOf(
      { givenNames: 'Marko', familyNames: 'Petrović' },
      { givenNames: 'Marko', familyNames: 'Petrović' },
    );
    expect(straight.swapped).toBe(false);
  });
});

describe('the other fields', () => {
  it.each([
    [{ sex: 'M' }, { sex: 'м' }, 'sex', 'same'],
    [{ sex: 'Ž' }, { sex: 'F' }, 'sex', 'same'],
    [{ sex: 'femër' }, { sex: 'ženski' }, 'sex', 'same'],
    [{ sex: 'mashkull' }, { sex: 'Ж' }, 'sex', 'different'],
    [{ sex: '' }, { sex: 'M' }, 'sex', 'missing'],
    [{ nationality: 'Avganistan' }, { nationality: 'AF' }, 'nationality', 'same'],
    [{ nationality: 'Ирак' }, { nationality: 'Syria' }, 'nationality', 'different'],
    [{ nationality: 'Atlantis' }, { nationality: 'SY' }, 'nationality', 'missing'],
    [{ phone: '064 123 4567', jurisdiction: 'RS' }, { phone: '+381641234567' }, 'phone', 'same'],
    [{ phone: '00381 64 123-4567' }, { phone: '+381 64 1234567' }, 'phone', 'same'],
    [{ phone: '+381641234567' }, { phone: '+381641234568' }, 'phone', 'different'],
    [{ phone: '' }, { phone: '+381641234568' }, 'phone', 'missing'],
    [{ documentNumber: 'AB 123-4567' }, { documentNumber: 'ab1234567' }, 'document_number', 'exact'],
    [{ documentNumber: 'AB1234567' }, { documentNumber: 'AB1234568' }, 'document_number', 'near'],
    [{ documentNumber: 'AB1234567' }, { documentNumber: 'AB1243567' }, 'document_number', 'near'],
    [{ documentNumber: 'AB1234567' }, { documentNumber: 'XY7654321' }, 'document_number', 'different'],
    [{ birthDate: '2007-03-04' }, { birthDate: '2007-04-03' }, 'birth_date', 'day_month_swapped'],
    [{ birthDate: '2006' }, { birthDate: '2007-01-01' }, 'birth_date', 'year_off_by_one'],
  ] as const)('%o ~ %o: %s %s', (a, b, field, level) => {
    expect(levelsOf(a, b).named[field]).toBe(level);
    expect(levelsOf(b, a).named[field]).toBe(level);
  });

  it('normalises single values', () => {
    expect(sexCode('Muški')).toBe(2);
    expect(sexCode('x')).toBe(0);
    expect(documentKey(' p-12 34/5 ')).toBe('P12345');
    expect(phoneKey('070 123 456', 'MK')).toBe('+38970123456');
    expect(phoneKey('not a phone 12', 'RS')).toBe('12');
    expect(phoneKey('', 'RS')).toBe('');
    expect(oneEditApart('ABC', 'ABCD')).toBe(true);
    expect(oneEditApart('ABCD', 'ACBE')).toBe(false);
  });

  it('encodes the pattern as patternCode does', () => {
    const r = levelsOf(
      { givenNames: 'Ali', familyNames: 'Ahmadi', sex: 'M', birthDate: '2000', phone: '+381641234567' },
      { givenNames: 'Aly', familyNames: 'Ahmedi', sex: 'M', birthDate: '2001', documentNumber: 'X1' },
    );
    expect(r.code).toBe(patternCode(FIELD_LEVELS, r.levels));
  });

  it('adjusts exact agreement on a common name down and on a rare one up', () => {
    const records: LinkRecord[] = [];
    for (let i = 0; i < 50; i++) records.push({ id: `c${i}`, familyNames: 'Ahmadi' });
    for (let i = 0; i < 50; i++)
      records.push({ id: `o${i}`, familyNames: `Name${String.fromCharCode(97 + (i % 26))}${i}` });
    records.push({ id: 'r1', familyNames: 'Qashshaghzada' }, { id: 'r2', familyNames: 'Qashshaghzada' });
    const table = prepareRecords(records);
    const levels = levelBuffer();
    compareRecords(table, 0, 1, levels);
    const common = frequencyAdjustment(table, 0, 1, levels);
    compareRecords(table, 100, 101, levels);
    const rare = frequencyAdjustment(table, 100, 101, levels);
    expect(common).toBeLessThan(0);
    expect(rare).toBeGreaterThan(0);
  });
});

describe('blocking', () => {
  it('brings together records that share a key, each pair once, and keeps others apart', () => {
    const table = prepareRecords([
      {
        id: '0',
        givenNames: 'Marko',
        familyNames: 'Đorđević',
        birthDate: '1980-05-06',
        phone: '+381641111111',
      },
      { id: '1', givenNames: 'МАРКО', familyNames: 'ЂОРЂЕВИЋ', birthDate: '1980', phone: '+381641111111' },
      { id: '2', givenNames: 'Gjorgjeviq', familyNames: 'Marko', birthDate: '1981' },
      { id: '3', givenNames: 'Ana', familyNames: 'Petrović', birthDate: '1990-01-02' },
      { id: '4', givenNames: 'Vesna', familyNames: 'Hoxha', documentNumber: 'AB 1' },
      { id: '5', givenNames: 'Arta', familyNames: 'Shala', documentNumber: 'ab1' },
    ]);
    const blocks = buildBlocks(table);
    expect(blocks.recordBlocks.length).toBe(table.size * BLOCK_COLUMNS);
    const pairs: string[] = [];
    forEachCandidate(blocks, 0, table.size, new Int32Array(table.size).fill(-1), (i, j) =>
      pairs.push(`${i}-${j}`),
    );
    expect(pairs.sort()).toEqual(['0-1', '0-2', '1-2', '4-5']);
  });
});
