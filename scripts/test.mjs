#!/usr/bin/env node
// `npm test`: install what is missing (as `npm ci` would), then lint, typecheck and every
// workspace's tests through turbo, then the tests of these scripts. Plain Node, no dependencies.
// Extra arguments go to turbo, e.g. `npm test -- --filter=@supportlink/api`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installIfMissing } from './lib/deps.mjs';
import { createSupervisor } from './lib/supervise.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const supervisor = createSupervisor();
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

const steps = [
  ['lint', bin('biome'), ['check', '.']],
  [
    'typecheck and tests',
    bin('turbo'),
    ['run', 'typecheck', 'test', '--concurrency=1', ...process.argv.slice(2)],
  ],
  [
    'run-command tests',
    process.execPath,
    [
      '--test',
      ...readdirSync(join(root, 'scripts'))
        .filter((f) => f.endsWith('.test.mjs'))
        .map((f) => `scripts/${f}`),
    ],
  ],
];

const installed = await installIfMissing(supervisor, root);
if (installed !== 0) process.exit(installed);
for (const [what, command, args] of steps) {
  const code = await supervisor.run(command, args, { cwd: root, group: true, env });
  if (code !== 0) {
    console.error(`SupportLink: ${what} failed (exit ${code}).`);
    process.exit(code);
  }
}
