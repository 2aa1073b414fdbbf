export * from './dimensions.ts';
export * from './warnings.ts';
