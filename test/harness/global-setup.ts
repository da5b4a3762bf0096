/**
 * Fails fast with one line when a prerequisite is missing, and snapshots the extension
 * build so every browser of the run loads the same files even if `.output` is rebuilt
 * meanwhile.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromePath } from './chromium.js';
import { extensionBuildDir, fixturesDist } from './paths.js';

export default function setup(): () => void {
  chromePath();
  if (!existsSync(join(fixturesDist, 'azure-portal.js'))) {
    throw new Error('fixtures are not built: run `npm run build -w @supportlink/e2e`');
  }
  if (!existsSync(join(extensionBuildDir, 'manifest.json'))) return () => {};
  const snapshot = mkdtempSync(join(tmpdir(), 'supportlink-e2e-build-'));
  cpSync(extensionBuildDir, snapshot, { recursive: true });
  process.env.SUPPORTLINK_E2E_EXTENSION_SNAPSHOT = snapshot;
  return () => rmSync(snapshot, { recursive: true, force: true });
}
