import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Store suites on one PostgreSQL database must not interleave.
    fileParallelism: true,
    testTimeout: 30_000,
    // Browser suites poll for what a real server and browser show; on a loaded machine a save can
    // take more than the default second. A passing poll returns as soon as it passes.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
