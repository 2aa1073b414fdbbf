/** The audit API's shapes live in core (core/src/api/audit.ts), shared with the web app. */
export * from '@veza/core/api/audit';
