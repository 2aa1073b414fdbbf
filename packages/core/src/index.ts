export * from './model/index.ts';
export * from './names/index.ts';
