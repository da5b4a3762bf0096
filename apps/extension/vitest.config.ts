import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // Both plugins are typed against other Vite majors than vitest's; they run fine. No React
  // aliasing: the DOM tests build fixtures with the real React and Fluent UI.
  plugins: [WxtVitest() as never, preact({ reactAliasesEnabled: false }) as never],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    restoreMocks: true,
    // IndexedDB (fake, fresh per test) for the sync token's store.
    setupFiles: ['src/storage/testing/indexeddb-setup.ts'],
  },
});
