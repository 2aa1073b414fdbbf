export { crossOrthographyKey, searchKey, searchText } from './fold.ts';
export { nameKeys, skeletonKey, type WordKeys } from './keys.ts';
export { cyrillicToLatin, serbianLatinToCyrillic } from './transliterate.ts';
