import { BLOCKING_KEYS, buildBlocks } from '@veza/core';
import { readLinkFiles } from '@veza/server/linkage';

const table = await readLinkFiles([process.argv[2]!]);
const blocks = buildBlocks(table);
const K = blocks.recordBlocks.length / table.size;
let c0 = 0;
for (const key of BLOCKING_KEYS) {
  const seen = new Set<number>();
  for (let v = 0; v < key.values; v++)
    for (let i = 0; i < table.size; i++) {
      const b = blocks.recordBlocks[i * K + c0 + v]!;
      if (b >= 0) seen.add(b);
    }
  let pairs = 0,
    max = 0;
  const hist = [0, 0, 0, 0, 0];
  for (const b of seen) {
    const s = blocks.start[b + 1]! - blocks.start[b]!;
    pairs += (s * (s - 1)) / 2;
    max = Math.max(max, s);
    hist[s < 10 ? 0 : s < 50 ? 1 : s < 100 ? 2 : s < 300 ? 3 : 4]!++;
  }
  console.log(
    key.name,
    'blocks',
    seen.size,
    'pairs',
    pairs,
    'max',
    max,
    'hist <10,<50,<100,<300,>=300',
    hist.join(','),
  );
  c0 += key.values;
}
