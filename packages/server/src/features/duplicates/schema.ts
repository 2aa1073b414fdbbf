/** The duplicates API's shapes live in core (core/src/api/duplicates.ts), shared with the web app. */
export * from '@veza/core/api/duplicates';
