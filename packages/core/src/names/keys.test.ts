import { describe, expect, it } from 'vitest';
import { crossOrthographyKey, searchKey } from './fold.ts';
import { nameKeys, skeletonKey } from './keys.ts';

/** Groups of spellings of one name that must share the key named. */
const SAME_PERSON: { key: 'plain' | 'cross' | 'skeleton'; spellings: string[] }[] = [
  // Serbian Cyrillic, BCMS Latin with diacritics, ASCII, Albanian, Macedonian Cyrillic
  { key: 'plain', spellings: ['Ђорђевић', 'Đorđević', 'Djordjevic', 'DJORDJEVIC'] },
  { key: 'cross', spellings: ['Ђорђевић', 'Đorđević', 'Djordjevic', 'Gjorgjeviq', 'Ѓорѓевиќ'] },
  { key: 'cross', spellings: ['Krasniqi', 'Krasnići', 'Красничи', 'Krasnici'] },
  { key: 'cross', spellings: ['Hoxha', 'Hodža', 'Хоџа'] },
  { key: 'cross', spellings: ['Xhavad', 'Džavad', 'Џавад'] },
  { key: 'cross', spellings: ['Shehu', 'Šehu', 'Шеху'] },
  { key: 'cross', spellings: ['Zhivko', 'Živko', 'Живко'] },
  { key: 'plain', spellings: ['Љиљана', 'Ljiljana', 'LJILJANA'] },
  { key: 'plain', spellings: ['Његош', 'Njegoš', 'Njegos'] },
  { key: 'plain', spellings: ['Ћосић', 'Ćosić', 'Cosic'] },
  { key: 'plain', spellings: ['Ђукановић', 'Đukanović', 'Djukanovic'] },
  { key: 'plain', spellings: ['Ѕвездан', 'Dzvezdan'] },
  { key: 'plain', spellings: ['Çela', 'Cela'] },
  { key: 'plain', spellings: ['Dërvishi', 'Dervishi'] },
  // Romanisations of Arabic, Persian and Urdu names, and their re-spelling by Balkan clerks
  {
    key: 'skeleton',
    spellings: ['Mohammad', 'Muhammad', 'Mohamed', 'Muhamed', 'Mohammed', 'Мухамед', 'Muhammed'],
  },
  { key: 'skeleton', spellings: ['Javad', 'Jawad', 'Džavad', 'Xhavad', 'Џавад'] },
  { key: 'skeleton', spellings: ['Chaudhry', 'Čaudri', 'Çaudri', 'Chaudhary'] },
  { key: 'skeleton', spellings: ['Ahmadi', 'Ahmedi', 'Ахмади'] },
  { key: 'skeleton', spellings: ['Hussein', 'Husein', 'Hussain', 'Хусеин'] },
  { key: 'skeleton', spellings: ['Khalid', 'Halid', 'Khaled', 'Халид'] },
  { key: 'skeleton', spellings: ['Yusuf', 'Jusuf', 'Youssef', 'Јусуф'] },
  { key: 'skeleton', spellings: ['Qasim', 'Kasim', 'Kassem', 'Ćasim'] },
  { key: 'skeleton', spellings: ['Reza', 'Resa', 'Реза'] },
  { key: 'skeleton', spellings: ['Ghulam', 'Gulam', 'Гулам'] },
  { key: 'skeleton', spellings: ['Shahid', 'Šahid', 'Шахид'] },
];

describe('name keys join the spellings of one name', () => {
  it.each(SAME_PERSON.map((g) => [g.key, g.spellings] as const))('%s: %j', (key, spellings) => {
    const keys = spellings.map((s) => nameKeys(s)[0]![key]);
    expect(new Set(keys).size, `${spellings.join(' / ')} → ${keys.join(' / ')}`).toBe(1);
  });
});

describe('name keys keep different names apart', () => {
  it.each([
    ['Marko', 'Mirko', 'cross'],
    ['Petrović', 'Pavlović', 'skeleton'],
    ['Ahmadi', 'Hamidi', 'skeleton'],
    ['Hoxha', 'Hoda', 'cross'],
    ['Javad', 'Jamal', 'skeleton'],
  ] as const)('%s ≠ %s (%s)', (a, b, key) => {
    expect(nameKeys(a)[0]![key]).not.toBe(nameKeys(b)[0]![key]);
  });
});

describe('nameKeys', () => {
  it('splits compound and hyphenated names into words, ignoring punctuation and digits', () => {
    expect(nameKeys('Mohammad-Reza  AL-AHMADI 2').map((k) => k.plain)).toEqual([
      'mohammad',
      'reza',
      'al',
      'ahmadi',
    ]);
  });

  it('gives the three keys of a word', () => {
    expect(nameKeys('Gjorgjeviq')[0]).toEqual({
      plain: 'gjorgjeviq',
      cross: 'djordjevic',
      skeleton: 'jrjvk',
    });
  });

  it('leaves nothing for a name without letters', () => {
    expect(nameKeys('— 12 —')).toEqual([]);
    expect(skeletonKey('')).toBe('');
  });

  it('agrees with the folding functions', () => {
    expect(nameKeys('Đorđević')[0]!.plain).toBe(searchKey('Đorđević'));
    expect(nameKeys('Đorđević')[0]!.cross).toBe(crossOrthographyKey('Đorđević'));
  });
});
