/** Start-up on an existing data folder: spawn to the first 200 from /api/health. Target: under 3 s. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, startVeza } from './support.ts';

export async function benchStartup(runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'veza-bench-startup-'));
  const env = { VEZA_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
  try {
    // The first start creates the data folder, migrates and loads the demo region: not what is measured.
    const first = await startVeza(env);
    await first.stop();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const server = await startVeza(env);
      times.push(server.readyMs);
      await server.stop();
    }
    times.sort((a, b) => a - b);
    return {
      name: 'start-up to first 200 from /api/health (existing PGlite data folder)',
      firstStartMs: Math.round(first.readyMs),
      runs,
      medianMs: Math.round(percentile(times, 50)),
      minMs: Math.round(times[0]!),
      maxMs: Math.round(times[times.length - 1]!),
      targetMs: 3000,
      meetsTarget: percentile(times, 50) < 3000 && times[times.length - 1]! < 3000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
