export * from './errors.ts';
export * from './screening.ts';
