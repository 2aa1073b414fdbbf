/**
 * Search keys of a name, from exact to coarse, so that the same person is found whatever script or
 * romanisation a clerk used: each word of a name gives its plain folding (searchKey), its Albanian/BCMS
 * cross-orthography folding, and a consonant skeleton that also joins the common romanisations of
 * Arabic, Persian and Urdu names (Mohammad, Muhammad, Mohamed, Мухамед; Javad, Jawad, Xhavad, Џавад).
 */
import { crossOrthographyKey, searchKey } from './fold.ts';

// Digraphs that different romanisations write with one letter, or with another digraph.
const SKELETON_FOLDS: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/sh/g, 's'],
  [/ch/g, 'c'],
  [/dz/g, 'j'],
  [/dj/g, 'j'],
  [/w/g, 'v'],
  // A y before a vowel is the consonant BCMS and Albanian write j (Yusuf, Jusuf).
  [/y(?=[aeiou])/g, 'j'],
  [/q/g, 'k'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/z/g, 's'],
];

/**
 * The consonant skeleton of one word: its cross-orthography form, digraphs folded, the first letter
 * kept, vowels after it dropped and repeated letters collapsed. Coarse by design: a skeleton finds
 * candidates, it never decides a match alone.
 */
export function skeletonKey(word: string): string {
  let s = crossOrthographyKey(word).replace(/[^a-z]/g, '');
  if (s === '') return '';
  for (const [pattern, replacement] of SKELETON_FOLDS) s = s.replace(pattern, replacement);
  const head = s.charAt(0);
  const tail = s.slice(1).replace(/[aeiouy]/g, '');
  return (head + tail).replace(/(.)\1+/g, '$1');
}

/**
 * The skeleton used by linkage, coarser than the search skeleton in two ways romanisations disagree:
 * a leading vowel keeps only the fact (Ismail, Esmail; Omar, Umar; Imran, Emran), and a j that
 * closes a syllable is the second half of a diphthong (Fejsal, Faisal; Ismajl, Ismail; Merjem, Mariam);
 * a final h after a vowel is often not written (Fereshteh, Fereshte; Hamzah, Hamza).
 */
export function linkageSkeleton(word: string): string {
  const s = skeletonKey(
    crossOrthographyKey(word)
      .replace(/([aeiou])j(?![aeiou])/g, '$1')
      .replace(/([aeiou])h$/, '$1'),
  );
  return /^[aeiouy]/.test(s) ? `a${s.slice(1)}` : s;
}

export interface WordKeys {
  /** The word folded to plain lower-case ASCII. */
  readonly plain: string;
  /** The word with Albanian and BCMS spellings of the same sound folded together. */
  readonly cross: string;
  /** The consonant skeleton. */
  readonly skeleton: string;
}

/** The keys of every word of a name, in order; words that fold to nothing are left out. */
export function nameKeys(name: string): WordKeys[] {
  return searchKey(name)
    .split(' ')
    .filter((w) => /[a-z]/.test(w))
    .map((w) => ({ plain: w, cross: crossOrthographyKey(w), skeleton: skeletonKey(w) }));
}
