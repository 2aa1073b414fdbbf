// Privacy-preserving linkage: Node-only (node:crypto), so not part of the package's main entry.
export * from './encode.ts';
export * from './hits.ts';
export * from './match.ts';
export * from './popcount.ts';
export * from './vehicles.ts';
