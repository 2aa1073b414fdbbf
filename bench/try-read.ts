import { buildBlocks } from '@veza/core';
import { readLinkFiles } from '@veza/server/linkage';

let t = performance.now();
const table = await readLinkFiles([process.argv[2]!]);
console.log('read', table.size, Math.round(performance.now() - t), 'ms', 'strings', table.strings.length);
t = performance.now();
buildBlocks(table);
console.log('blocks', Math.round(performance.now() - t));
