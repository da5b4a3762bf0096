// The install check of `npm start` / `npm test` (node --test; plain Node like the scripts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { missingDependencies } from './lib/deps.mjs';

const scriptsDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(scriptsDir, '..');
const work = mkdtempSync(join(tmpdir(), 'slk-deps-'));
after(() => rmSync(work, { recursive: true, force: true }));

function fakeRoot(name, packages, installed) {
  const root = join(work, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages }));
  for (const [path, version] of Object.entries(installed)) {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'package.json'), JSON.stringify({ name: path, version }));
  }
  return root;
}

describe('missingDependencies', () => {
  it('is empty for this checkout (installed by npm ci or npm install)', () => {
    assert.deepEqual(missingDependencies(repoRoot), []);
  });

  it('names what is missing, of another version, or an unlinked workspace; skips optional packages of other platforms', () => {
    const root = fakeRoot(
      'mixed',
      {
        '': { name: 'x' },
        'node_modules/present': { version: '1.0.0' },
        'node_modules/absent': { version: '2.0.0' },
        'node_modules/older': { version: '3.1.0' },
        'node_modules/@x/win-only': { version: '1.0.0', optional: true, os: ['win32'] },
        'node_modules/@x/not-here': { version: '1.0.0', optional: true, os: ['!win32'] },
        'node_modules/ws': { link: true, resolved: 'packages/ws' },
        'packages/ws': { version: '0.0.0' },
        'packages/ws/node_modules/nested': { version: '1.2.3' },
      },
      { 'node_modules/present': '1.0.0', 'node_modules/older': '3.0.0' },
    );
    assert.deepEqual(missingDependencies(root, { platform: 'linux', arch: 'x64', limit: 10 }), [
      'node_modules/absent',
      'node_modules/older (3.0.0, lockfile says 3.1.0)',
      'node_modules/ws (workspace link)',
      'packages/ws/node_modules/nested',
    ]);
  });

  it('reports a fresh clone (no node_modules) at once', () => {
    const root = fakeRoot('fresh', { '': {}, 'node_modules/a': { version: '1.0.0' } }, {});
    assert.deepEqual(missingDependencies(root), ['node_modules']);
  });

  it('a half-installed native addon (no compiled file) counts as missing', () => {
    const root = fakeRoot(
      'native',
      { '': {}, 'node_modules/better-sqlite3': { version: '12.0.0' } },
      { 'node_modules/better-sqlite3': '12.0.0' },
    );
    assert.match(missingDependencies(root)[0] ?? '', /better_sqlite3\.node \(not compiled\)/);
  });
});

describe('npm start and npm test on a clone without node_modules', () => {
  // A copy of the scripts in a folder whose lockfile lists a package that is not there, and an
  // `npm` that records how it was called and fails, so nothing is really installed.
  function cloneWithFakeNpm(name) {
    const root = join(work, name);
    cpSync(scriptsDir, join(root, 'scripts'), { recursive: true });
    writeFileSync(
      join(root, 'package-lock.json'),
      JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/a': { version: '1.0.0' } } }),
    );
    const npm = join(root, 'fake', 'npm-cli.js');
    mkdirSync(dirname(npm));
    writeFileSync(
      npm,
      `require('node:fs').writeFileSync(${JSON.stringify(join(root, 'npm-called'))}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() })); process.exit(7);`,
    );
    return { root, npm };
  }

  for (const script of ['start.mjs', 'test.mjs']) {
    it(`${script} runs npm ci first, in the repository folder, and stops when it fails`, () => {
      const { root, npm } = cloneWithFakeNpm(script);
      const r = spawnSync(process.execPath, [join(root, 'scripts', script)], {
        cwd: tmpdir(),
        env: { ...process.env, npm_execpath: npm },
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(r.status, 7, r.stderr);
      assert.match(r.stdout, /installing dependencies with npm ci \(missing: node_modules\)/);
      const called = JSON.parse(readFileSync(join(root, 'npm-called'), 'utf8'));
      assert.deepEqual(called, { args: ['ci', '--no-audit', '--no-fund'], cwd: root });
      assert.ok(!existsSync(join(root, 'node_modules')));
    });
  }
});
