/** The directory API's shapes live in core (core/src/api/directory.ts), shared with the web app. */
export * from '@veza/core/api/directory';
