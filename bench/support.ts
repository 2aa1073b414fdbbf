/** Starting and stopping a real Veza server process for a benchmark, on loopback only. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const VEZA = fileURLToPath(new URL('../packages/cli/bin/veza.js', import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  await once(server, 'close');
  return port;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawning the process to the first 200 from /api/health. */
  readyMs: number;
  stop(): Promise<void>;
}

export async function startVeza(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [VEZA, 'start', '--no-build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      VEZA_LOG_LEVEL: 'error',
      VEZA_AUDIT_ANCHOR_FILE: 'off',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Veza exited with ${child.exitCode}: ${stderr}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`Veza did not answer /api/health within ${timeoutMs} ms: ${stderr}`);
    }
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    readyMs,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

export async function signIn(url: string, username: string, password = 'veza-demo-2026'): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export interface PostgresCluster {
  url: string;
  stop(): void;
}

/**
 * A throwaway PostgreSQL cluster on a loopback port (scripts/postgres.sh), or the reason there is
 * none (PostgreSQL not installed, or it would not start).
 */
export function startPostgres(): PostgresCluster | { skipped: string } {
  const installed =
    spawnSync('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin'], { stdio: 'ignore' }).status === 0;
  if (!installed) return { skipped: 'PostgreSQL is not installed (apt-get install postgresql)' };
  const dir = mkdtempSync(join(tmpdir(), 'veza-bench-pg-'));
  const port = 50000 + Math.floor(Math.random() * 10000);
  const script = join(ROOT, 'scripts/postgres.sh');
  const started = spawnSync(script, ['start', dir, String(port)], { encoding: 'utf8' });
  if (started.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `could not start PostgreSQL: ${started.stderr.trim()}` };
  }
  return {
    url: started.stdout.trim(),
    stop: () => {
      spawnSync(script, ['stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in demo account on a running Veza: its cookie and CSRF token. */
export interface Session {
  cookie: string;
  csrf: string;
}

export async function session(url: string, username: string): Promise<Session> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'veza-demo-2026' }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  return {
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!,
    csrf: (await response.json()).csrfToken,
  };
}

/** An API call as the session; anything but success throws, saying what was called. */
export async function call(url: string, s: Session, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 400)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
