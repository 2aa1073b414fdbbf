/** The persons API's shapes live in core (core/src/api/persons.ts), shared with the web app. */
export * from '@veza/core/api/persons';
