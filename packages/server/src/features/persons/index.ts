export { PurposeQuery } from './schema.ts';
export { parseQuery, searchRecords } from './search.ts';
export { createPerson, getPerson, personParts } from './service.ts';
