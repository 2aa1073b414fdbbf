export * from './calendar.ts';
export * from './children.ts';
export * from './consent.ts';
export * from './reflection.ts';
export * from './retention.ts';
export * from './services.ts';
export * from './stages.ts';
