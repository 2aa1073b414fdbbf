/**
 * The Dice kernel: for a batch of pairs of 1024-bit encodings, the number of bits they share, in a
 * tiny WebAssembly module (i64.popcnt over sixteen 64-bit words per pair, unrolled), because
 * JavaScript has no popcount instruction and a batch call costs one crossing for many pairs. The
 * module is written out here byte by byte (about 250 bytes), so that no tool or download is needed.
 *
 * Memory layout: encodings at `filters` (128 bytes each, in record order), pairs at `pairs` as two
 * i32 record indexes each, shared-bit counts written as i32 at `out`.
 */

const WORDS_64 = 16;
export const ENCODING_BYTES = WORDS_64 * 8;

function leb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

function section(id: number, body: number[]): number[] {
  return [id, ...leb(body.length), ...body];
}

function text(s: string): number[] {
  return [...leb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

// Opcodes used.
const I32 = 0x7f;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const I32_CONST = 0x41;
const I64_CONST = 0x42;
const I32_LOAD = 0x28;
const I64_LOAD = 0x29;
const I32_STORE = 0x36;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const I32_GE_U = 0x4f;
const I64_AND = 0x83;
const I64_POPCNT = 0x7b;
const I64_ADD = 0x7c;
const I32_WRAP_I64 = 0xa7;
const BLOCK = 0x02;
const LOOP = 0x03;
const VOID = 0x40;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;

// Parameters 0–3: filters, pairs, count, out; locals 4–7: k, ptr, pa, pb.
const [FILTERS, PAIRS, COUNT, OUT, K, PTR, PA, PB] = [0, 1, 2, 3, 4, 5, 6, 7];

function body(): number[] {
  const code: number[] = [BLOCK, VOID, LOOP, VOID];
  code.push(LOCAL_GET, K, LOCAL_GET, COUNT, I32_GE_U, BR_IF, 1);
  code.push(LOCAL_GET, PAIRS, LOCAL_GET, K, I32_CONST, 3, I32_SHL, I32_ADD, LOCAL_SET, PTR);
  for (const [target, offset] of [
    [PA, 0],
    [PB, 4],
  ] as const) {
    code.push(
      LOCAL_GET,
      FILTERS,
      LOCAL_GET,
      PTR,
      I32_LOAD,
      2,
      offset,
      I32_CONST,
      7,
      I32_SHL,
      I32_ADD,
      LOCAL_SET,
      target,
    );
  }
  code.push(LOCAL_GET, OUT, LOCAL_GET, K, I32_CONST, 2, I32_SHL, I32_ADD);
  code.push(I64_CONST, 0);
  for (let w = 0; w < WORDS_64; w++) {
    code.push(LOCAL_GET, PA, I64_LOAD, 3, ...leb(w * 8));
    code.push(LOCAL_GET, PB, I64_LOAD, 3, ...leb(w * 8));
    code.push(I64_AND, I64_POPCNT, I64_ADD);
  }
  code.push(I32_WRAP_I64, I32_STORE, 2, 0);
  code.push(LOCAL_GET, K, I32_CONST, 1, I32_ADD, LOCAL_SET, K, BR, 0);
  code.push(END, END, END);
  const locals = [1, 4, I32];
  return [...leb(locals.length + code.length), ...locals, ...code];
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, [1, 0x60, 4, I32, I32, I32, I32, 0]),
    ...section(2, [1, ...text('env'), ...text('memory'), 0x02, 0x00, 0x01]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...text('diceCounts'), 0x00, 0]),
    ...section(10, [1, ...body()]),
  ]);
}

const compiled = new WebAssembly.Module(moduleBytes());

/** A kernel over one set of encodings; pairs are given in batches. */
export class DiceKernel {
  private memory: WebAssembly.Memory;
  private run: (filters: number, pairs: number, count: number, out: number) => void;
  private readonly filterBytes: number;
  private capacity = 0;

  /** encodings: 1024 bits per record, as 32 little-endian 32-bit words each. */
  constructor(encodings: Uint32Array) {
    this.filterBytes = encodings.byteLength;
    this.memory = new WebAssembly.Memory({ initial: Math.ceil(this.filterBytes / 65536) + 1 });
    new Uint32Array(this.memory.buffer, 0, encodings.length).set(encodings);
    const instance = new WebAssembly.Instance(compiled, { env: { memory: this.memory } });
    this.run = instance.exports.diceCounts as typeof this.run;
  }

  private reserve(pairs: number) {
    if (pairs <= this.capacity) return;
    const needed = this.pairsAt() + pairs * 12;
    const pages = Math.ceil((needed - this.memory.buffer.byteLength) / 65536);
    if (pages > 0) this.memory.grow(pages);
    this.capacity = pairs;
  }

  private pairsAt(): number {
    return Math.ceil(this.filterBytes / 8) * 8;
  }

  /** Shared bits of each pair (left[k], right[k]) into out[k]. */
  sharedBits(left: Int32Array, right: Int32Array, count: number, out: Int32Array): void {
    this.reserve(count);
    const pairsAt = this.pairsAt();
    const outAt = pairsAt + this.capacity * 8;
    const pairs = new Int32Array(this.memory.buffer, pairsAt, count * 2);
    for (let k = 0; k < count; k++) {
      pairs[2 * k] = left[k]!;
      pairs[2 * k + 1] = right[k]!;
    }
    this.run(0, pairsAt, count, outAt);
    out.set(new Int32Array(this.memory.buffer, outAt, count));
  }
}
