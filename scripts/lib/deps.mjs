// Is what package-lock.json lists installed? Plain Node, no dependencies: it runs on a fresh
// clone before anything is installed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Does an optional package's os/cpu list allow this machine? (`!x` entries exclude.) */
function allows(list, value) {
  if (!Array.isArray(list) || list.length === 0) return true;
  const excluded = list.filter((x) => x.startsWith('!')).map((x) => x.slice(1));
  const included = list.filter((x) => !x.startsWith('!'));
  if (excluded.includes(value)) return false;
  return included.length === 0 || included.includes(value);
}

/** Native addons whose compiled file `npm ci` produces; a folder without it is half installed. */
const BUILT_FILES = { 'node_modules/better-sqlite3': 'build/Release/better_sqlite3.node' };

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * What `npm ci` would install that is not there: lockfile entries whose folder is missing or holds
 * another version, and workspace links that are missing. Optional packages for another platform
 * are not expected. Returns at most `limit` descriptions (an empty list when all is installed).
 */
export function missingDependencies(
  root,
  { platform = process.platform, arch = process.arch, limit = 5 } = {},
) {
  const lock = readJson(join(root, 'package-lock.json'));
  if (!lock?.packages) return ['package-lock.json (unreadable)'];
  if (!existsSync(join(root, 'node_modules'))) return ['node_modules'];
  const missing = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || !path.includes('node_modules/')) continue;
    if (entry.optional && !(allows(entry.os, platform) && allows(entry.cpu, arch))) continue;
    const installed = readJson(join(root, path, 'package.json'));
    if (entry.link) {
      if (!installed) missing.push(`${path} (workspace link)`);
    } else if (!installed) {
      if (!entry.optional) missing.push(path);
    } else if (entry.version && installed.version !== entry.version) {
      missing.push(`${path} (${installed.version}, lockfile says ${entry.version})`);
    } else if (BUILT_FILES[path] && !existsSync(join(root, path, BUILT_FILES[path]))) {
      missing.push(`${path}/${BUILT_FILES[path]} (not compiled)`);
    }
    if (missing.length >= limit) break;
  }
  return missing;
}

/** npm itself: the one running this script when started by `npm start`/`npm test`, else `npm` on PATH. */
export function npmCommand(args) {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by npm for its scripts, not a turbo input
  const cli = process.env.npm_execpath;
  if (cli && /npm-cli\.[cm]?js$/.test(cli)) return [process.execPath, [cli, ...args]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
}

/** Runs `npm ci` when something the lockfile lists is missing; resolves with its exit code (0 if nothing was needed). */
export async function installIfMissing(supervisor, root, log = (line) => console.log(line)) {
  const missing = missingDependencies(root);
  if (missing.length === 0) return 0;
  log(`SupportLink: installing dependencies with npm ci (missing: ${missing.join(', ')}).`);
  log('  better-sqlite3 compiles from source: allow two or three minutes.');
  const [command, args] = npmCommand(['ci', '--no-audit', '--no-fund']);
  const code = await supervisor.run(command, args, { cwd: root, group: true });
  if (code !== 0) log(`SupportLink: npm ci failed (exit ${code}); see above.`);
  return code;
}
