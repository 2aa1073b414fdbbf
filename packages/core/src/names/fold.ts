/**
 * Folding of names and words for search: the same name written in Cyrillic, in BCMS Latin with
 * diacritics, in Albanian orthography or in plain ASCII folds to one key, so that "Ђорђевић",
 * "Đorđević" and "Djordjevic" all find each other.
 */
import { cyrillicToLatin } from './transliterate.ts';

// Letters with a conventional two-letter ASCII spelling; the rest lose their diacritics.
const LETTER_FOLDS: Record<string, string> = {
  đ: 'dj',
  ǵ: 'dj',
  ḱ: 'c',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/** Lower-case ASCII form of a text in any of the region's scripts; punctuation becomes single spaces. */
export function searchKey(text: string): string {
  const latin = cyrillicToLatin(text.normalize('NFKC').toLowerCase());
  let folded = '';
  for (const ch of latin) folded += LETTER_FOLDS[ch] ?? ch;
  return folded
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9@.+]+/g, ' ')
    .trim();
}

/**
 * Albanian and BCMS spellings of the same sound folded together (gj/dj, q/ć, xh/dž, sh/š, zh/ž, ç/č),
 * so that "Gjorgjeviq", "Krasniqi", "Hoxha" meet "Đorđević", "Krasnići", "Hodža". Coarser than
 * searchKey: used as a second key, never as the only one.
 */
export function crossOrthographyKey(text: string): string {
  const latin = cyrillicToLatin(text.normalize('NFKC').toLowerCase())
    .replace(/xh/g, 'dž')
    .replace(/gj/g, 'đ')
    .replace(/zh/g, 'ž')
    .replace(/sh/g, 'š')
    .replace(/ç/g, 'č')
    .replace(/q/g, 'ć')
    .replace(/dj/g, 'đ');
  return searchKey(latin.replace(/dž/g, 'dz').replace(/[čć]/g, 'c'));
}

/** Both keys of a text, space-joined, to store beside a record for LIKE search. */
export function searchText(...parts: (string | null | undefined)[]): string {
  const text = parts.filter((p): p is string => Boolean(p)).join(' ');
  const a = searchKey(text);
  const b = crossOrthographyKey(text);
  return a === b ? a : `${a} | ${b}`;
}
