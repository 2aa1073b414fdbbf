export { parseQuery, searchRecords } from './search.ts';
