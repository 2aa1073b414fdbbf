import { describe, expect, it } from 'vitest';
import { dice } from './match.ts';
import { DiceKernel } from './popcount.ts';

describe('the WebAssembly Dice kernel', () => {
  it('counts the same shared bits as the JavaScript popcount, for any pairs and batch sizes', () => {
    let state = 3;
    const random32 = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state;
    };
    const n = 300;
    const bits = Uint32Array.from({ length: n * 32 }, random32);
    const kernel = new DiceKernel(bits);
    for (const count of [1, 17, 5000]) {
      const left = Int32Array.from({ length: count }, () => random32() % n);
      const right = Int32Array.from({ length: count }, () => random32() % n);
      const out = new Int32Array(count);
      kernel.sharedBits(left, right, count, out);
      for (let k = 0; k < count; k++) {
        // dice = 2 common / (512 + 512) with weights 512, so common = dice * 512.
        const expected = Math.round(dice(bits, left[k]! * 32, bits, right[k]! * 32, 512, 512) * 512);
        expect(out[k], `pair ${k} of ${count}`).toBe(expected);
      }
    }
  });
});
