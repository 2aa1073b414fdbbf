export { checkedFile } from './attachments.ts';
export { exportHtcds, importBundle } from './htcds.ts';
export { caseFor, caseIdsByReference } from './lookup.ts';
export { createCase, getCase } from './service.ts';
