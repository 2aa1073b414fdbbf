export * from './birth-date.ts';
export * from './blocking.ts';
export * from './compare.ts';
export * from './fellegi-sunter.ts';
export * from './jaro-winkler.ts';
export * from './link.ts';
export * from './nationality.ts';
export * from './record.ts';
