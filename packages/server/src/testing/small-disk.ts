/**
 * A small disk for the tests of a full one: a tmpfs of the size asked, mounted in a mount namespace
 * of its own (util-linux's unshare, as root or through an unprivileged user namespace), so that
 * nothing of the machine's mounts changes and the mount goes when the test ends. Commands, and
 * `veza start`, reach it through nsenter (`within`).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  /** Where it is mounted (seen only within). */
  readonly dir: string;
  /** The command prefix that runs a program where the disk is mounted. */
  readonly within: readonly string[];
  /** Runs a shell command there; throws with its error output when it fails. */
  run(command: string): string;
  /** Free bytes on the disk. */
  freeBytes(): number;
  close(): Promise<void>;
}

export async function smallDisk(megabytes: number): Promise<SmallDisk> {
  const dir = mkdtempSync(join(tmpdir(), 'veza-small-disk-'));
  const holder: ChildProcess = spawn(
    'unshare',
    [
      '--user',
      '--map-root-user',
      '--mount',
      'sh',
      '-c',
      `mount -t tmpfs -o size=${megabytes}m veza-small-disk "$0" && echo mounted && exec sleep 86400`,
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  holder.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  holder.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const failed = new Promise<never>((_, reject) => {
    holder.once('error', reject);
    holder.once('exit', (code) =>
      reject(
        new Error(
          `could not mount a ${megabytes} MiB tmpfs in a namespace of its own (exit ${code}): ${output.trim()}. ` +
            'The test of a full disk needs util-linux (unshare, nsenter) and either root or unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1).',
        ),
      ),
    );
  });
  const mounted = (async () => {
    while (!output.includes('mounted')) await new Promise((resolve) => setTimeout(resolve, 20));
  })();
  await Promise.race([mounted, failed]);
  failed.catch(() => undefined);
  const within = ['nsenter', '-t', String(holder.pid), '--user', '--mount', '--preserve-credentials'];
  const run = (command: string) => {
    const done = spawnSync(within[0]!, [...within.slice(1), 'sh', '-c', command], { encoding: 'utf8' });
    if (done.status !== 0) throw new Error(`${command}: ${done.stderr.trim() || `exit ${done.status}`}`);
    return done.stdout;
  };
  return {
    dir,
    within,
    run,
    freeBytes: () => Number(run(`df --output=avail -B1 "${dir}" | tail -1`).trim()),
    async close() {
      holder.kill('SIGKILL');
      await new Promise((resolve) =>
        holder.exitCode !== null ? resolve(null) : holder.once('exit', resolve),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
