/** Compares the candidate pairs of the record ranges it is sent, and sends back typed arrays. */
import { parentPort } from 'node:worker_threads';
import { type Blocks, compareCandidates, type LinkTable } from '@veza/core';

let table: LinkTable | null = null;
let blocks: Blocks | null = null;

parentPort!.on(
  'message',
  (
    message:
      | { type: 'init'; table: LinkTable; blocks: Blocks }
      | { type: 'chunk'; chunk: number; from: number; to: number },
  ) => {
    if (message.type === 'init') {
      table = message.table;
      blocks = message.blocks;
      return;
    }
    const found = compareCandidates(table!, blocks!, message.from, message.to);
    const n = found.length;
    const pairs = {
      length: n,
      left: found.left.slice(0, n),
      right: found.right.slice(0, n),
      pattern: found.pattern.slice(0, n),
      frequency: found.frequency.slice(0, n),
    };
    parentPort!.postMessage({ chunk: message.chunk, pairs }, [
      pairs.left.buffer,
      pairs.right.buffer,
      pairs.pattern.buffer,
      pairs.frequency.buffer,
    ]);
  },
);
