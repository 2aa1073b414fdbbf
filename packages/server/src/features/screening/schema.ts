/** The screening API's shapes live in core (core/src/api/screening-records.ts), shared with the web app. */
export * from '@veza/core/api/screening-records';
