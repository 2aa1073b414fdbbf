export * from './directory.ts';
export * from './handling-code.ts';
export * from './jurisdiction.ts';
export * from './language.ts';
export * from './phone.ts';
export * from './role.ts';
