// The follow-up worker thread (follow-up.ts). Veza runs TypeScript through tsx, which a worker has to register itself.
import { register } from 'tsx/esm/api';

register();
await import('./follow-up-worker.ts');
