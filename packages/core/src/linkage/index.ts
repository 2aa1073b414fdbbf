export * from './birth-date.ts';
export * from './fellegi-sunter.ts';
export * from './jaro-winkler.ts';
export * from './nationality.ts';
