import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const testRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(testRoot, '..');
export const fixturesDist = join(testRoot, 'fixtures/dist');
export const artifactsDir = join(testRoot, 'artifacts');
export const extensionDir =
  process.env.SUPPORTLINK_EXTENSION_DIR ?? join(repoRoot, 'apps/extension/.output/chrome-mv3');
export const apiDir = join(repoRoot, 'apps/api');

export function extensionBuilt(): boolean {
  return existsSync(join(extensionDir, 'manifest.json'));
}
