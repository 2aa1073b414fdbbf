/** The matching API's shapes live in core (core/src/api/matching.ts), shared with the web app. */
export * from '@veza/core/api/matching';
