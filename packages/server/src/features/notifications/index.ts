/** What other features use of notifications: telling a request's side that something is waiting. */
export { notify } from './notify.ts';
