// A linkage worker thread. Veza runs TypeScript through tsx, which a worker has to register itself.
import { register } from 'tsx/esm/api';

register();
await import('./compare-worker.ts');
