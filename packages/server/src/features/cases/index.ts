export { exportHtcds, importBundle } from './htcds.ts';
export { caseIdsByReference } from './lookup.ts';
export { createCase } from './service.ts';
