/** Builds the web app with Vite when any of its sources is newer than the last build. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../../web', import.meta.url));
const CORE = fileURLToPath(new URL('../../core/src', import.meta.url));

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function webIsStale(): boolean {
  const built = join(WEB, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newest(join(WEB, 'src')),
    newest(join(WEB, 'index.html')),
    newest(join(WEB, 'vite.config.ts')),
    newest(join(WEB, 'public')),
    newest(CORE),
  );
  return sources > statSync(built).mtimeMs;
}

export async function ensureWebBuilt(): Promise<void> {
  if (!webIsStale()) return;
  process.stderr.write('Building the web app…\n');
  const { build } = await import('vite');
  // Always the production build, also when the tests (NODE_ENV=test) ask for it: what users get.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}
