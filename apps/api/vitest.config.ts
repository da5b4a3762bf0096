import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two cores: real-server tests and benchmarks of throughput do not like heavy oversubscription.
    maxWorkers: 2,
  },
});
