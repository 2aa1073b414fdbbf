/** The network's algorithms and exports: graphology and its library, for the server (the web app draws, it does not analyse). */
export * from './analyse.ts';
export * from './exports.ts';
