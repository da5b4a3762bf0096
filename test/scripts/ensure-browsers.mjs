#!/usr/bin/env node
// Makes sure the end-to-end suite's browsers are there: Chromium (CHROME_PATH, else Debian's
// /usr/bin/chromium) and Firefox ESR (FIREFOX_PATH, else Debian's /usr/bin/firefox-esr). A missing
// one is installed with apt-get when running as root; otherwise one line of advice.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [
  { name: 'Chromium', variable: 'CHROME_PATH', path: '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'Firefox ESR', variable: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const apt = (args) =>
  spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });

let failed = false;
for (const b of browsers) {
  const given = process.env[b.variable];
  const wanted = given || b.path;
  if (existsSync(wanted)) continue;
  if (given) {
    console.error(`e2e: ${b.variable}=${wanted} does not exist; point it at a ${b.name} binary.`);
    failed = true;
    continue;
  }
  if (process.getuid?.() === 0 && hasApt) {
    console.log(`e2e: ${b.name} is missing; installing Debian's ${b.pkg} with apt-get…`);
    const install = ['install', '-y', '--no-install-recommends', b.pkg];
    if (apt(install).status !== 0) {
      apt(['update']);
      apt(install);
    }
    if (existsSync(wanted)) continue;
  }
  console.error(
    `e2e: ${b.name} not found: run \`sudo apt-get install ${b.pkg}\` (Debian) or set ${b.variable} to a ${b.name} binary.`,
  );
  failed = true;
}
process.exit(failed ? 1 : 0);
