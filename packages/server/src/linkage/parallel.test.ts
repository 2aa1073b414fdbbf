import { prepareRecords, syntheticRegister } from '@veza/core';
import { describe, expect, it } from 'vitest';
import { chunksOf, linkInParallel } from './parallel.ts';

describe('linking in worker threads', () => {
  it('finds exactly what one thread finds', async () => {
    const { records } = syntheticRegister(3000, 11);
    const table = prepareRecords(records);
    const single = await linkInParallel(table, { threshold: 0.5, workers: 0 });
    let progress = 0;
    const parallel = await linkInParallel(table, {
      threshold: 0.5,
      workers: 2,
      parallelFrom: 0,
      onProgress: (done, total) => {
        expect(done).toBeGreaterThan(progress);
        expect(total).toBe(table.size);
        progress = done;
      },
    });
    expect(progress).toBe(table.size);
    expect(parallel.candidates).toBe(single.candidates);
    expect(Array.from(parallel.pairs.left)).toEqual(Array.from(single.pairs.left));
    expect(Array.from(parallel.pairs.right)).toEqual(Array.from(single.pairs.right));
    expect(Array.from(parallel.clusters)).toEqual(Array.from(single.clusters));
    expect(single.pairs.left.length).toBeGreaterThan(500);
  });

  it('cuts records into ranges of about equal work that cover every record once', () => {
    const work = Float64Array.from({ length: 1000 }, (_, i) => (i < 100 ? 50 : 1));
    const chunks = chunksOf(work, 8);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks[chunks.length - 1]![1]).toBe(1000);
    for (let c = 1; c < chunks.length; c++) expect(chunks[c]![0]).toBe(chunks[c - 1]![1]);
    // The heavy first hundred records are spread over several chunks.
    expect(chunks.filter(([from]) => from < 100).length).toBeGreaterThan(3);
  });
});
