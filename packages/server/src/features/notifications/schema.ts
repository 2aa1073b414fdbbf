/** The notifications API's shapes live in core (core/src/api/notifications.ts), shared with the web app. */
export * from '@veza/core/api/notifications';
