import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const testRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(testRoot, '..');
export const fixturesDist = join(testRoot, 'fixtures/dist');
export const artifactsDir = join(testRoot, 'artifacts');
/** The build to load: `SUPPORTLINK_EXTENSION_DIR`, else the extension workspace's chrome-mv3 output. */
export const extensionBuildDir =
  process.env.SUPPORTLINK_EXTENSION_DIR ?? join(repoRoot, 'apps/extension/.output/chrome-mv3');
/** What the browsers load: the run's snapshot of that build (taken in global setup) when there is one. */
export const extensionDir = process.env.SUPPORTLINK_E2E_EXTENSION_SNAPSHOT ?? extensionBuildDir;
export const apiDir = join(repoRoot, 'apps/api');
/** The Firefox build: `SUPPORTLINK_FIREFOX_EXTENSION_DIR`, else the extension workspace's firefox-mv3 output. */
export const firefoxBuildDir =
  process.env.SUPPORTLINK_FIREFOX_EXTENSION_DIR ?? join(repoRoot, 'apps/extension/.output/firefox-mv3');
/** What Firefox installs: the run's snapshot of that build (taken in global setup) when there is one. */
export const firefoxExtensionDir = process.env.SUPPORTLINK_E2E_FIREFOX_SNAPSHOT ?? firefoxBuildDir;
