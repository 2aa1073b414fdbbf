/**
 * What other features use of notifications: telling a request's side that something is waiting;
 * and, for the metrics, what the outbox still holds.
 */
export { notify } from './notify.ts';
export { type OutboxBacklog, outboxBacklog } from './outbox.ts';
