/** The accounts API's shapes live in core (core/src/api/accounts.ts), shared with the web app. */
export * from '@veza/core/api/accounts';
