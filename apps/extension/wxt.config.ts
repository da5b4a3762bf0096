import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';
import extensionId from './extension-id.json' with { type: 'json' };
import { stripPreactInnerHtml } from './scripts/strip-inner-html';
import { PORTAL_MATCHES } from './src/hosts';

/** Origins a user's own sync server may live on; one is requested at runtime when the user saves it. */
export const SYNC_SERVER_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*'];

export default defineConfig({
  imports: false,
  srcDir: '.',
  outDir: '.output',
  zip: { name: 'supportlink' },
  // The preset's types come from the workspace's newer Vite; at runtime it is a plain Vite plugin.
  vite: () =>
    ({
      plugins: [preact({ reactAliasesEnabled: false }), stripPreactInnerHtml()],
      // For the content-script bench's `--hot` profile (function names); never in a shipped build.
      build: {
        sourcemap: process.env.SUPPORTLINK_SOURCEMAP === '1',
        // Terser packs the content scripts about 4% smaller than esbuild's minifier (25 KB budgets).
        minify: 'terser',
        terserOptions: { compress: { passes: 2 } },
      },
    }) as unknown as WxtViteConfig,
  manifest: ({ browser }) => ({
    // Store-facing name and description come from public/_locales (en, zh_CN).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: [...PORTAL_MATCHES],
    optional_host_permissions: SYNC_SERVER_ORIGINS,
    // Asked for only when the user opts in to notifications in Options (and given back on opt-out).
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: extensionId.geckoId,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: extensionId.chromePublicKey }),
  }),
});
