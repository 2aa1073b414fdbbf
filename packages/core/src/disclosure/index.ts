export * from './attack.ts';
export * from './linked.ts';
export * from './release.ts';
export * from './suppress.ts';
export * from './table.ts';
