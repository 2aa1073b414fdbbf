/** The requests API's shapes live in core (core/src/api/requests.ts), shared with the web app. */
export * from '@veza/core/api/requests';
