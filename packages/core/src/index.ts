export * from './api/index.ts';
export * from './canonical.ts';
export * from './htcds/index.ts';
export * from './linkage/index.ts';
export * from './model/index.ts';
export * from './names/index.ts';
export * from './random.ts';
export * from './screening/index.ts';
