/** What other parts (the CLI, benchmarks, jobs) use of analysis. */
export { refreshAnalysis } from './refresh.ts';
export { dashboard } from './service.ts';
export { raiseWarnings } from './warnings.ts';
