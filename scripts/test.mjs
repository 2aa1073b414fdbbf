#!/usr/bin/env node
// `npm test`: typecheck, lint, then every unit, API, database, CLI and browser test. The browser tests
// need Debian's Chromium: installed here with apt-get when missing and allowed, else we stop and say so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.VEZA_CHROMIUM || '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && (isRoot || canSudo)) {
    console.log('Installing Debian chromium for the browser tests (apt-get install chromium)…');
    const prefix = isRoot ? [] : ['sudo', '-n'];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const [cmd, ...rest] = [...prefix, 'apt-get'];
    if (
      run(cmd, [...rest, 'update', '-qq'], { env }) === 0 &&
      run(cmd, [...rest, 'install', '-y', '-qq', 'chromium'], { env }) === 0 &&
      existsSync(CHROMIUM)
    ) {
      return;
    }
  }
  console.error(
    `The browser tests need Chromium at ${CHROMIUM}. Install Debian's package: sudo apt-get install chromium ` +
      '(or point VEZA_CHROMIUM at a Chromium binary). Tests were not run.',
  );
  process.exit(1);
}

ensureChromium();

const steps = [
  // The whole tree, then each package on its own platform: core with neither DOM nor Node types
  // (its node-only entry apart), the web app without Node's, the server and the CLI without the DOM.
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npx', ['biome', 'check', '.']],
  [
    'tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.veza-test/vitest.json',
      ...process.argv.slice(2),
    ],
  ],
];
let failed = false;
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  if (run(command, args) !== 0) {
    console.error(`✗ ${name} failed`);
    failed = true;
    if (name !== 'tests') break;
  }
}
if (existsSync('.veza-test/vitest.json')) {
  const report = JSON.parse(readFileSync('.veza-test/vitest.json', 'utf8'));
  console.log(`\nvitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  if (report.numTotalTests === 0) failed = true;
}
process.exit(failed ? 1 : 0);
