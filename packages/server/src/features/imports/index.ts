export { IMPORT_QUEUE, runImport } from './jobs.ts';
export { readCsv, readTable, type Table } from './read.ts';
export { type ImportReport, importPersons } from './service.ts';
