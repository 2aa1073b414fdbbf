export * from './parallel.ts';
export * from './private-files.ts';
export * from './read.ts';
export * from './write.ts';
