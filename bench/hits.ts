/**
 * Freshness of hit/no-hit in the default set-up (one process, PGlite, the demo region): the time
 * from saving a person in one jurisdiction to a hit on the same person reaching another
 * jurisdiction's badge count (GET /api/hits/count), polled every 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, session, startVeza } from './support.ts';

export async function benchHitFreshness(rounds = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'veza-bench-hits-'));
  const server = await startVeza({ VEZA_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' });
  try {
    const bosnia = await session(server.url, 'investigator.ba');
    const serbia = await session(server.url, 'investigator.rs');
    // Let the start-up runs over the demo region finish.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const family = `Kovačević${'abcdefghij'[round]}${round}`;
      const person = {
        names: [{ givenNames: 'Stevan', familyNames: family }],
        sex: 'male',
        birthDate: `198${round}-04-1${round}`,
        phones: [`+38765100${round}${round}${round}`],
      };
      await call(server.url, bosnia, 'POST', '/api/persons', person);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const before = (await call(server.url, bosnia, 'GET', '/api/hits/count')).new as number;
      const started = performance.now();
      await call(server.url, serbia, 'POST', '/api/persons', person);
      for (;;) {
        const now = (await call(server.url, bosnia, 'GET', '/api/hits/count')).new as number;
        if (now > before) break;
        if (performance.now() - started > 30_000) throw new Error('no hit within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      samples.push(Math.round(performance.now() - started));
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      samplesMs: samples,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      maxMs: sorted.at(-1),
      targetMs: 5000,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
