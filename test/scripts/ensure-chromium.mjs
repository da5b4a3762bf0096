#!/usr/bin/env node
// Makes sure a Chromium is available for the end-to-end suite: CHROME_PATH, else Debian's
// /usr/bin/chromium, installed with apt-get when running as root; otherwise one line of advice.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROME_PATH) {
  console.error(`e2e: CHROME_PATH=${wanted} does not exist; point it at a Chromium or Chrome binary.`);
  process.exit(1);
}
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (process.getuid?.() === 0 && hasApt) {
  console.log("e2e: Chromium is missing; installing Debian's chromium with apt-get…");
  const run = (args) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (run(['install', '-y', '--no-install-recommends', 'chromium']).status !== 0) {
    run(['update']);
    if (run(['install', '-y', '--no-install-recommends', 'chromium']).status !== 0) {
      console.error('e2e: apt-get could not install chromium.');
      process.exit(1);
    }
  }
  if (existsSync(wanted)) process.exit(0);
}
console.error(
  'e2e: Chromium not found: run `sudo apt-get install chromium` (Debian) or set CHROME_PATH to a Chromium binary.',
);
process.exit(1);
