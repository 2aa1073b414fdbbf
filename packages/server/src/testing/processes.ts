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

/** Starts `veza start --no-build` with the environment given (DATABASE_URL, …) and waits until it serves. */
export async function startVezaProcess(env: Record<string, string>): Promise<VezaProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [VEZA_BIN, 'start', '--no-build'], {
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
