import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = join(import.meta.dirname, '..');
const extensionBuilt = existsSync(
  join(
    process.env.SUPPORTLINK_EXTENSION_DIR ?? join(root, 'apps/extension/.output/chrome-mv3'),
    'manifest.json',
  ),
);
const apiBuilt = existsSync(join(root, 'apps/api/dist/server.js'));

// The harness self-test always runs. Scenarios need the built extension (and the team
// scenarios the built API); turbo builds both before this suite, so in `npm test` they
// always run. E2E_REQUIRE_ALL=1 (set by CI) turns a missing build into a failure.
const exclude: string[] = [];
const missing: string[] = [];
if (!extensionBuilt) {
  exclude.push('e2e/0[1-9]*.test.ts', 'e2e/15-*.test.ts');
  missing.push('apps/extension/.output/chrome-mv3 (npm run build -w @supportlink/extension)');
} else if (!apiBuilt) {
  exclude.push('e2e/05-team.test.ts');
}
if (!extensionBuilt || !apiBuilt) exclude.push('e2e/11-first-run.test.ts');
// Firefox: the firefox-mv3 build and Debian's firefox-esr (or FIREFOX_PATH).
const firefoxBuilt = existsSync(
  join(
    process.env.SUPPORTLINK_FIREFOX_EXTENSION_DIR ?? join(root, 'apps/extension/.output/firefox-mv3'),
    'manifest.json',
  ),
);
const firefoxInstalled = existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
if (!firefoxBuilt || !firefoxInstalled) {
  exclude.push('e2e/12-firefox.test.ts');
  if (!firefoxBuilt)
    missing.push('apps/extension/.output/firefox-mv3 (npm run build -w @supportlink/extension)');
  if (!firefoxInstalled)
    missing.push('Firefox ESR at /usr/bin/firefox-esr (apt-get install firefox-esr, or FIREFOX_PATH)');
}
// The dashboard scenario needs the API (which serves the dashboard), not the extension.
if (!apiBuilt) exclude.push('e2e/13-dashboard.test.ts');
if (!apiBuilt) missing.push('apps/api/dist/server.js (npm run build -w @supportlink/api)');
if (missing.length > 0) {
  const line = `e2e: NOT RUN — scenarios need ${missing.join(' and ')}`;
  if (process.env.E2E_REQUIRE_ALL === '1' || process.env.CI) throw new Error(line);
  console.warn(`\n${line}\n`);
}

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    exclude,
    testTimeout: 120_000,
    // Pages render late on purpose; give every expect.poll room.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    reporters: ['verbose'],
    globalSetup: ['./harness/global-setup.ts'],
  },
});
