/**
 * Dice comparisons of 1024-bit encodings per second: the WebAssembly kernel (i64.popcnt) against
 * the JavaScript popcount measured in the same run, over working sets that fit in the caches and
 * one that does not (random pairs over 100,000 encodings, 12.8 MB).
 */

import { seededRandom } from '@veza/core';
import { DiceKernel, dice } from '@veza/core/private-linkage';

function encodings(n: number, rnd: () => number): Uint32Array {
  return Uint32Array.from({ length: n * 32 }, () => Math.floor(rnd() * 2 ** 32));
}

export function benchDice() {
  const rnd = seededRandom(7);
  const count = 1_000_000;
  const rounds = 10;
  const results: Record<string, unknown>[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const bits = encodings(n, rnd);
    const left = Int32Array.from({ length: count }, () => Math.floor(rnd() * n));
    const right = Int32Array.from({ length: count }, () => Math.floor(rnd() * n));
    const out = new Int32Array(count);
    const kernel = new DiceKernel(bits);
    kernel.sharedBits(left, right, count, out);
    let started = performance.now();
    for (let r = 0; r < rounds; r++) kernel.sharedBits(left, right, count, out);
    const wasm = (rounds * count) / ((performance.now() - started) / 1000);
    let sum = 0;
    started = performance.now();
    for (let r = 0; r < rounds; r++)
      for (let k = 0; k < count; k++) sum += dice(bits, left[k]! * 32, bits, right[k]! * 32, 512, 512);
    const js = (rounds * count) / ((performance.now() - started) / 1000);
    results.push({
      encodings: n,
      workingSetMiB: Math.round(((n * 128) / 2 ** 20) * 10) / 10,
      wasmMillionsPerSecond: Math.round(wasm / 1e5) / 10,
      javascriptMillionsPerSecond: Math.round(js / 1e5) / 10,
      ratio: Math.round((wasm / js) * 10) / 10,
      checksum: sum > 0,
    });
  }
  return { results, targetMillionsPerSecond: 50 };
}
