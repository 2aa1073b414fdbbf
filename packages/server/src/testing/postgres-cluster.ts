/**
 * A PostgreSQL server of a test's own (scripts/postgres.sh), for the fault tests that stop and start
 * it: never the server the other tests share. Needs PostgreSQL's programs, which .ci/run installs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../../scripts/postgres.sh', import.meta.url));

/** Whether PostgreSQL's programs are installed here (Debian's postgresql package). */
export function postgresInstalled(): boolean {
  return existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
}

export interface PostgresCluster {
  readonly url: string;
  /** Stops the server (fast shutdown: connections are ended), keeping its data. */
  stop(): void;
  /** Starts it again on the same port. */
  resume(): void;
  close(): void;
}

export function startPostgresCluster(): PostgresCluster {
  const dir = mkdtempSync(join(tmpdir(), 'veza-pg-fault-'));
  const port = String(40000 + Math.floor(Math.random() * 9000));
  const run = (...args: string[]) => execFileSync('bash', [SCRIPT, ...args], { encoding: 'utf8' }).trim();
  const url = run('start', dir, port);
  return {
    url,
    stop: () => void run('stop', dir),
    resume: () => void run('resume', dir, port),
    close: () => {
      run('stop', dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
