/**
 * The part of the WebAssembly API that the private-linkage kernel uses (linkage/private/popcount.ts).
 * TypeScript declares WebAssembly only in the DOM library; Node provides it too. Included by the
 * configurations that check Node code without DOM (tsconfig.node.json here, the server's).
 */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Memory {
    constructor(descriptor: { initial: number; maximum?: number });
    readonly buffer: ArrayBuffer;
    grow(delta: number): number;
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
}
