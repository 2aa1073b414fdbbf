/** The knowledge exchange API's shapes live in core (core/src/api/knowledge.ts), shared with the web app. */
export * from '@veza/core/api/knowledge';
