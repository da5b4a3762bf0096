#!/usr/bin/env node
// `npm start`: build what is needed, print where the extension is, run the API on the embedded default.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!existsSync(join(root, 'node_modules'))) {
  console.error('SupportLink: dependencies are not installed. Run `npm ci` first.');
  process.exit(1);
}

console.log('SupportLink: building the rules, the API and the extension…');
const build = spawnSync(
  'npx',
  [
    'turbo',
    'run',
    'build',
    '--filter=@supportlink/api',
    '--filter=@supportlink/extension',
    '--output-logs=errors-only',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) {
  console.error('SupportLink: the build failed (see above).');
  process.exit(build.status ?? 1);
}

const extensionDir = join(root, 'apps/extension/.output/chrome-mv3');
console.log('');
console.log('Extension ready. In Chrome or Edge open chrome://extensions (edge://extensions),');
console.log('turn on Developer mode, choose "Load unpacked" and pick this folder:');
console.log(`  ${extensionDir}`);
console.log(
  `Firefox build: ${join(root, 'apps/extension/.output/firefox-mv3')} (Firefox 142+: about:debugging → Load Temporary Add-on)`,
);
console.log('');

const api = spawn(npm, ['start', '-w', '@supportlink/api'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill(signal));
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
