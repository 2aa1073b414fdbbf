/**
 * The one global core uses beyond ECMAScript that both Node and browsers provide. Core is checked
 * without DOM or Node types (tsconfig.json here), so that nothing else of either creeps in; the root
 * configuration, with both, does not include this file.
 */
declare var performance: { now(): number };
