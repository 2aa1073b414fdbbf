export * from './dimensions.ts';
