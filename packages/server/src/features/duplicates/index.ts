export * from './find.ts';
export * from './finder.ts';
export * from './service.ts';
