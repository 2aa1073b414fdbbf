export * from './parallel.ts';
export * from './read.ts';
export * from './write.ts';
