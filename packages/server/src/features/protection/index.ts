/** What the benchmarks (and, later, other features) use of victim protection. */
export { listProtectionCases } from './service.ts';
