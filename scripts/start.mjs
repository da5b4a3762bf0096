#!/usr/bin/env node
// `npm start`: install what is missing, build, print where the extension is, run the API on the
// embedded default. Plain Node with no dependencies, so it works on a fresh clone. SIGINT/SIGTERM
// to this process stop everything it started (the API drains its requests) and it exits 0.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installIfMissing } from './lib/deps.mjs';
import { createSupervisor } from './lib/supervise.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const supervisor = createSupervisor();
const fail = (code) => process.exit(code);

const installed = await installIfMissing(supervisor, root);
if (installed !== 0) fail(installed);

console.log('SupportLink: building the rules, the API and the extension…');
const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
const built = await supervisor.run(
  turbo,
  [
    'run',
    'build',
    '--filter=@supportlink/api',
    '--filter=@supportlink/extension',
    '--output-logs=errors-only',
  ],
  { cwd: root, group: true, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
);
if (built !== 0) {
  console.error('SupportLink: the build failed (see above).');
  fail(built);
}

console.log('');
console.log('Extension ready. In Chrome or Edge open chrome://extensions (edge://extensions),');
console.log('turn on Developer mode, choose "Load unpacked" and pick this folder:');
console.log(`  ${join(root, 'apps/extension/.output/chrome-mv3')}`);
console.log(
  `Firefox build: ${join(root, 'apps/extension/.output/firefox-mv3')} (Firefox 142+: about:debugging → Load Temporary Add-on)`,
);
console.log(`Stop everything with Ctrl+C (or: kill ${process.pid}).`);
console.log('');

// The IPC channel lets the API stop by itself should this process die without passing a signal on.
const apiDir = join(root, 'apps/api');
const code = await supervisor.run(process.execPath, [join(apiDir, 'dist/server.js')], {
  cwd: apiDir,
  ipc: true,
});
fail(code);
