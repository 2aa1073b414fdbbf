/**
 * The database schema, one file per capability in schema/ (column helpers in schema/columns.ts).
 * Every table that holds personal data carries its jurisdiction, agency, handling code, who created
 * and last changed it and when, and a version for optimistic locking.
 * Row-level security, the application role and the audit functions are in the hand-written
 * migration beside the generated ones (drizzle/0001_access.sql).
 */

export * from './schema/accounts.ts';
export * from './schema/analysis.ts';
export * from './schema/audit.ts';
export * from './schema/cases.ts';
export * from './schema/directory.ts';
export * from './schema/imports.ts';
export * from './schema/jobs.ts';
export * from './schema/knowledge.ts';
export * from './schema/linkage.ts';
export * from './schema/network.ts';
export * from './schema/notifications.ts';
export * from './schema/persons.ts';
export * from './schema/protection.ts';
export * from './schema/requests.ts';
export * from './schema/screening.ts';
