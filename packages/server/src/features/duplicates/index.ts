export * from './find.ts';
export * from './service.ts';
