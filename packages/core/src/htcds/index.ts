export * from './bundle.ts';
export * from './mapping.ts';
