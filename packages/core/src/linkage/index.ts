export * from './birth-date.ts';
export * from './jaro-winkler.ts';
export * from './nationality.ts';
