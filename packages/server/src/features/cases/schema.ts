/** The cases API's shapes live in core (core/src/api/cases.ts), shared with the web app. */
export * from '@veza/core/api/cases';
