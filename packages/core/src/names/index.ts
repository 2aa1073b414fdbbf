export { crossOrthographyKey, searchKey, searchText } from './fold.ts';
export { cyrillicToLatin, serbianLatinToCyrillic } from './transliterate.ts';
