export * from './dimensions.ts';
export * from './eurostat.ts';
export * from './warnings.ts';
