/** The protection API's shapes, from core (core/src/api/protection.ts). */
export * from '@veza/core/api/protection';
