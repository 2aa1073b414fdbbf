/** What the network offers the rest of the server and the benchmarks. */
export { buildGraph } from './graph.ts';
export { analysisOf, chartGraph, findPath } from './service.ts';
