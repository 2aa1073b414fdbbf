/** What other features use of operational requests: sending one, replying, closing. */
export { closeRequest, reply } from './progress.ts';
export { createRequest } from './service.ts';
