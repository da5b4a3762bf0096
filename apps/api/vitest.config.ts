import { randomBytes } from 'node:crypto';
import { defineConfig } from 'vitest/config';

// One id per run: throwaway PostgreSQL schemas carry it and are dropped together at the end.
process.env.SLK_TEST_RUN ??= randomBytes(3).toString('hex');

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two cores: real-server tests and benchmarks of throughput do not like heavy oversubscription.
    maxWorkers: 2,
  },
});
