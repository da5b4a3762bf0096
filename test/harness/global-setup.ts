/**
 * Fails fast with one line when a prerequisite is missing, and snapshots the extension
 * build so every browser of the run loads the same files even if `.output` is rebuilt
 * meanwhile.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromePath } from './chromium.js';
import { extensionBuildDir, firefoxBuildDir, fixturesDist } from './paths.js';

export default function setup(): () => void {
  chromePath();
  if (!existsSync(join(fixturesDist, 'azure-portal.js'))) {
    throw new Error('fixtures are not built: run `npm run build -w @supportlink/e2e`');
  }
  const snapshots: string[] = [];
  for (const [dir, variable] of [
    [extensionBuildDir, 'SUPPORTLINK_E2E_EXTENSION_SNAPSHOT'],
    [firefoxBuildDir, 'SUPPORTLINK_E2E_FIREFOX_SNAPSHOT'],
  ] as const) {
    if (!existsSync(join(dir, 'manifest.json'))) continue;
    const snapshot = mkdtempSync(join(tmpdir(), 'supportlink-e2e-build-'));
    cpSync(dir, snapshot, { recursive: true });
    process.env[variable] = snapshot;
    snapshots.push(snapshot);
  }
  return () => {
    for (const s of snapshots) rmSync(s, { recursive: true, force: true });
  };
}
