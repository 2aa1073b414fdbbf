export * from './diff.ts';
export * from './instrument.ts';
export * from './score.ts';
