#!/usr/bin/env node
// The `veza` command. Veza is written in TypeScript and run with tsx (Node 20 has no type stripping).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
