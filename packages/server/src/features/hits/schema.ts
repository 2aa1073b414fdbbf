/** The hits API's shapes live in core (core/src/api/hits.ts), shared with the web app. */
export * from '@veza/core/api/hits';
