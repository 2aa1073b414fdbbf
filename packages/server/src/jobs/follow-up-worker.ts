/**
 * The follow-up worker thread: its own PostgreSQL connections, the lowest CPU priority, and the
 * follow-ups it is sent, one at a time, answered with their report or their error (follow-up.ts).
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection.ts';
import { type FollowUpAnswer, type FollowUpWorkerData, followUp } from './follow-up.ts';

// The lowest CPU priority, for this thread only (Linux keeps a nice value per thread): when the
// cores are busy, the process's requests go first and the follow-up takes what is left.
try {
  setPriority(19);
} catch {
  // A system that will not lower it: the follow-up runs at the process's priority.
}

const data = workerData as FollowUpWorkerData;
const database = await openDatabase({ engine: 'postgres', url: data.url, poolSize: 2 });
const port = parentPort!;
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: { id: number; jurisdiction: string } | { close: true }) => {
  if ('close' in message) {
    queue = queue.then(async () => {
      await database.close();
      port.close();
    });
    return;
  }
  queue = queue.then(async () => {
    let answer: FollowUpAnswer;
    try {
      answer = { id: message.id, report: await followUp(database, message.jurisdiction, data.secret) };
    } catch (caught) {
      const error = caught as Error & { code?: unknown; cause?: { code?: unknown } };
      const code = typeof error.code === 'string' ? error.code : error.cause?.code;
      answer = {
        id: message.id,
        error: {
          name: error.name,
          message: error.message,
          ...(error.stack ? { stack: error.stack } : {}),
          ...(typeof code === 'string' ? { code } : {}),
        },
      };
    }
    port.postMessage(answer);
  });
});
