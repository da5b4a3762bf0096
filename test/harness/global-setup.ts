/** Fails fast with one line when a prerequisite is missing. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromePath } from './chromium.js';
import { fixturesDist } from './paths.js';

export default function setup(): void {
  chromePath();
  if (!existsSync(join(fixturesDist, 'azure-portal.js'))) {
    throw new Error('fixtures are not built: run `npm run build -w @supportlink/e2e`');
  }
}
