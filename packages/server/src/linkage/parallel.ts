/**
 * The linkage pipeline on every core: the table and its blocks are put in shared memory once, the
 * records are cut into chunks of about equal comparison work, and worker threads compare the chunks'
 * candidate pairs while the main thread samples random pairs for u. Estimation, scoring and
 * clustering then run on the main thread over the typed arrays the workers hand back.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type Blocks,
  buildBlocks,
  type ComparedPairs,
  candidateWork,
  compareCandidates,
  estimateU,
  finishLink,
  type LinkOptions,
  type LinkResult,
  type LinkTable,
} from '@veza/core';

export interface ParallelOptions extends LinkOptions {
  /** Worker threads; 0 compares on the main thread. Default: one per core. */
  workers?: number;
  /** Tables smaller than this are compared on the main thread (default 20,000). */
  parallelFrom?: number;
  /** Called as chunks of records are compared: done and total in records. */
  onProgress?: (done: number, total: number) => void;
}

/** Tables smaller than this are compared on the main thread: starting workers would cost more. */
const PARALLEL_FROM = 20_000;

function shared<T extends Int32Array | Uint8Array | Int16Array | Float32Array>(array: T): T {
  const Kind = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Kind(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

function sharedTable(table: LinkTable): LinkTable {
  const column = (c: LinkTable['given']) => ({
    start: shared(c.start),
    words: shared(c.words),
    skeletons: shared(c.skeletons),
    joined: shared(c.joined),
    joinedSkeleton: shared(c.joinedSkeleton),
    sorted: shared(c.sorted),
    skeletonSorted: shared(c.skeletonSorted),
    frequency: shared(c.frequency),
    skeletonFrequency: shared(c.skeletonFrequency),
  });
  return {
    size: table.size,
    // Workers need neither ids nor jurisdictions.
    ids: [],
    jurisdictions: [],
    strings: table.strings,
    given: column(table.given),
    family: column(table.family),
    birthYear: shared(table.birthYear),
    birthMonth: shared(table.birthMonth),
    birthDay: shared(table.birthDay),
    sex: shared(table.sex),
    nationality: shared(table.nationality),
    phones: { start: shared(table.phones.start), ids: shared(table.phones.ids) },
    phoneFrequency: shared(table.phoneFrequency),
    documents: { start: shared(table.documents.start), ids: shared(table.documents.ids) },
  };
}

function sharedBlocks(blocks: Blocks): Blocks {
  return {
    width: blocks.width,
    start: shared(blocks.start),
    members: shared(blocks.members),
    recordBlocks: shared(blocks.recordBlocks),
    recordPositions: shared(blocks.recordPositions),
  };
}

/** Record ranges [from, to) of about equal comparison work. */
export function chunksOf(work: Float64Array, count: number): [number, number][] {
  let total = 0;
  for (let i = 0; i < work.length; i++) total += work[i]!;
  const chunks: [number, number][] = [];
  let from = 0;
  let acc = 0;
  for (let i = 0; i < work.length; i++) {
    acc += work[i]!;
    if (acc >= (total * (chunks.length + 1)) / count && i + 1 > from) {
      chunks.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < work.length) chunks.push([from, work.length]);
  return chunks;
}

const WORKER_URL = new URL('./compare-worker.mjs', import.meta.url);

interface WorkerReply {
  chunk: number;
  pairs: ComparedPairs;
}

async function compareInWorkers(
  table: LinkTable,
  blocks: Blocks,
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<ComparedPairs[]> {
  const chunks = chunksOf(candidateWork(blocks, table.size), workers * 8);
  const init = { table: sharedTable(table), blocks: sharedBlocks(blocks) };
  const results: ComparedPairs[] = new Array(chunks.length);
  let next = 0;
  let doneRecords = 0;
  const threads = Array.from({ length: Math.min(workers, chunks.length) }, () => new Worker(WORKER_URL));
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= chunks.length) return resolve();
              const chunk = next++;
              const [from, to] = chunks[chunk]!;
              thread.postMessage({ type: 'chunk', chunk, from, to });
            };
            thread.on('message', (reply: WorkerReply) => {
              results[reply.chunk] = reply.pairs;
              const [from, to] = chunks[reply.chunk]!;
              doneRecords += to - from;
              onProgress?.(doneRecords, table.size);
              send();
            });
            thread.once('error', reject);
            thread.once('exit', (code) => {
              if (code !== 0) reject(new Error(`a linkage worker stopped with code ${code}`));
            });
            thread.postMessage({ type: 'init', ...init });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  return results;
}

/** Blocks, compares (in workers for large tables), estimates, scores and clusters. */
export async function linkInParallel(table: LinkTable, options: ParallelOptions): Promise<LinkResult> {
  const workers = options.workers ?? availableParallelism();
  let t = performance.now();
  const blocks = buildBlocks(table);
  const block = Math.round(performance.now() - t);
  t = performance.now();
  let result: LinkResult;
  if (workers === 0 || table.size < (options.parallelFrom ?? PARALLEL_FROM)) {
    const pairs = compareCandidates(table, blocks);
    options.onProgress?.(table.size, table.size);
    const compare = Math.round(performance.now() - t);
    result = finishLink(table, [pairs], options);
    result.timings = { block, compare, ...result.timings };
  } else {
    const comparing = compareInWorkers(table, blocks, workers, options.onProgress);
    // Meanwhile, on this thread: u from random pairs.
    const u = estimateU(table);
    const parts = await comparing;
    const compare = Math.round(performance.now() - t);
    result = finishLink(table, parts, options, u);
    result.timings = { block, compare, ...result.timings };
  }
  return result;
}
