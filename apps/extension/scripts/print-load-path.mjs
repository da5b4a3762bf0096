#!/usr/bin/env node
// After a build: where to point the browser.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [target, how] of [
  ['chrome-mv3', 'Chrome / Edge: chrome://extensions (edge://extensions) → Developer mode → Load unpacked →'],
  [
    'firefox-mv3',
    'Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → manifest.json in',
  ],
]) {
  const dir = join(root, '.output', target);
  if (existsSync(join(dir, 'manifest.json'))) console.log(`${how}\n  ${dir}`);
}
