export * from './diff.ts';
export * from './instrument.ts';
export * from './rapid-v1/index.ts';
export * from './score.ts';
