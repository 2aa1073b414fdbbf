/**
 * Veza as the operator runs it: `veza start` in a child process of its own, on a free loopback
 * port, its log (JSON lines on standard output) kept for the test to read. For the tests of
 * several processes on one database and of processes killed in the middle of their work.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_DEMO_PASSWORD } from './database.ts';
import { TEST_LOG_DIR } from './log-check.ts';

const VEZA_BIN = fileURLToPath(new URL('../../../cli/bin/veza.js', import.meta.url));

/** A key every process of a test shares (they seal and open the same TOTP secrets). */
export const SHARED_SECRET_KEY = randomBytes(32).toString('base64');

export interface VezaProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Every line the process wrote on standard output so far. */
  readonly lines: string[];
  /** The JSON log records among them. */
  records(): Record<string, unknown>[];
  /** Resolves when the process has exited. */
  readonly exited: Promise<number | null>;
  /** kill -9: no shutdown, no cleanup, as a crash or a lost machine. */
  killHard(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `veza start --no-build` with the environment given (DATABASE_URL, …) and waits until it
 * serves; `within` is a command that runs it (nsenter into a small disk's namespace: small-disk.ts).
 */
export async function startVezaProcess(
  env: Record<string, string>,
  options: { within?: readonly string[] } = {},
): Promise<VezaProcess> {
  const port = await freePort();
  const [command, ...args] = [...(options.within ?? []), process.execPath, VEZA_BIN, 'start', '--no-build'];
  const child = spawn(command!, args, {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      VEZA_WEB_DIST: '',
      VEZA_SECRET_KEY: SHARED_SECRET_KEY,
      VEZA_LOG_LEVEL: 'info',
      VEZA_AUDIT_ANCHOR_FILE: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let errors = '';
  let pending = '';
  // Within a test run its log joins the test apps' logs, searched for personal data at the end.
  const logFile =
    existsSync(TEST_LOG_DIR) && process.env.VITEST ? join(TEST_LOG_DIR, `veza-start-${port}.log`) : null;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    if (logFile) appendFileSync(logFile, chunk);
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!lines.some((l) => l.startsWith('Veza is running'))) {
    if (child.exitCode !== null || Date.now() - started > 120_000)
      throw new Error(`veza start did not come up (exit ${child.exitCode}): ${errors.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const records = () =>
    lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    lines,
    records,
    exited,
    async killHard() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A demo account signed in over HTTP to a process: its requests carry the cookie and the CSRF token. */
export interface HttpSession {
  /** The cookie and the CSRF token, for a request of another kind (a file upload). */
  readonly headers: Record<string, string>;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
}

export async function signInOver(url: string, username: string): Promise<HttpSession> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${username}: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return {
    headers: { cookie, 'x-csrf-token': csrfToken },
    get: (path) => fetch(`${url}${path}`, { headers: { cookie } }),
    post: (path, body) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}
