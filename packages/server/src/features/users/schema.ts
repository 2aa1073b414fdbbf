/** The users API's shapes live in core (core/src/api/users.ts), shared with the web app. */
export * from '@veza/core/api/users';
