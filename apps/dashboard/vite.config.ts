import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Served by the API under a strict Content-Security-Policy (only 'self'): no inline scripts or
// styles, no data: URLs, no module-preload polyfill (it is an inline script), no CDN.
export default defineConfig({
  plugins: [preact({ reactAliasesEnabled: false, prefreshEnabled: false }) as never],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
