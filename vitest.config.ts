import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'e2e/**/*.test.ts'],
    globalSetup: ['scripts/test-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits for pages that load their code and data over the network: give it time
    // (a step that cannot happen still fails, with its locator named, well within the test's timeout).
    expect: { poll: { timeout: 8_000 } },
  },
});
