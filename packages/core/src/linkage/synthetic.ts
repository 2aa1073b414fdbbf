/**
 * A small seeded register for tests of the linkage pipeline: people with made-up names, about a
 * third of them registered again at another border in Serbian Cyrillic with only the birth year.
 * (The benchmark's generator, in bench/linkage, models the region far more fully.)
 */
import { serbianLatinToCyrillic } from '../names/transliterate.ts';
import type { LinkRecord } from './record.ts';

export function syntheticRegister(persons: number, seed: number): { records: LinkRecord[]; truth: number[] } {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const syllables = [
    'ka',
    'ri',
    'mo',
    'ha',
    'sa',
    'na',
    'di',
    'ra',
    'zi',
    'lo',
    'be',
    'tu',
    'fa',
    'ja',
    'ne',
  ];
  const name = () => {
    const n = pick(syllables) + pick(syllables) + pick(syllables);
    return n.charAt(0).toUpperCase() + n.slice(1);
  };
  const givenPool = Array.from({ length: 60 }, name);
  const familyPool = Array.from({ length: 300 }, name);
  const records: LinkRecord[] = [];
  const truth: number[] = [];
  for (let person = 0; person < persons; person++) {
    const given = pick(givenPool);
    const family = pick(familyPool);
    const year = 1970 + Math.floor(random() * 35);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    records.push({
      id: `p${person}`,
      givenNames: given,
      familyNames: family,
      birthDate: `${year}-${month}-${day}`,
      sex: 'M',
    });
    truth.push(person);
    if (random() < 0.3) {
      records.push({
        id: `p${person}b`,
        givenNames: serbianLatinToCyrillic(given).toUpperCase(),
        familyNames: serbianLatinToCyrillic(family),
        birthDate: String(year),
        sex: 'М',
      });
      truth.push(person);
    }
  }
  return { records, truth };
}
