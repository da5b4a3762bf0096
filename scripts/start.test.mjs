// The run command stops everything it started (node --test). These start the real `npm start`
// (its build step is a turbo cache hit after `npm test` has built) on a free port and a
// throwaway database, signal it, and check that the port is free again and no process is left.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { npmCommand } from './lib/deps.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'slk-start-'));
after(() => rmSync(work, { recursive: true, force: true }));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** PIDs of live processes whose environment carries this marker (Linux /proc). */
function processesWith(marker) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker)) found.push(Number(pid));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

/** Starts a command with a unique marker in its environment; resolves once the API listens. */
async function startRun(command, args, name) {
  const port = await freePort();
  const marker = `SLK_START_TEST=${name}-${process.pid}-${Date.now()}`;
  const [key, value] = marker.split('=');
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: join(work, `${name}.sqlite`),
      LOG_LEVEL: 'warn',
      [key]: value,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 300_000;
  while (!/listening on http:\/\/127\.0\.0\.1:\d+/.test(output)) {
    if (child.exitCode !== null) throw new Error(`exited early (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`never listened:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(await portOpen(port));
  return { child, port, marker, exited, output: () => output };
}

async function expectStopsCleanly(run, signal, within = 10_000) {
  const started = Date.now();
  run.child.kill(signal);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), within + 5_000);
  const { code } = await run.exited;
  clearTimeout(timer);
  // The port closes before the API has closed its database and exited: wait for both.
  const stopped = async () => !(await portOpen(run.port)) && processesWith(run.marker).length === 0;
  while (!(await stopped()) && Date.now() - started < within) await new Promise((r) => setTimeout(r, 50));
  const took = Date.now() - started;
  const open = await portOpen(run.port);
  const left = processesWith(run.marker);
  // Clean up after a failure, so an orphan cannot hold this test's pipes open.
  for (const pid of left) process.kill(pid, 'SIGKILL');
  run.child.stdout.destroy();
  run.child.stderr.destroy();
  assert.equal(open, false, `port ${run.port} still open after ${took} ms`);
  assert.ok(took <= within, `took ${took} ms`);
  assert.deepEqual(left, [], `left behind:\n${run.output()}`);
  return code;
}

describe('stopping the run command', { timeout: 900_000 }, () => {
  it('SIGTERM to the PID of `npm start` frees the port within 10 s and exits 0', async () => {
    const [command, args] = npmCommand(['start']);
    const run = await startRun(command, args, 'term');
    assert.equal(await expectStopsCleanly(run, 'SIGTERM'), 0, run.output());
    assert.match(run.output(), /"msg":"stopped"|stopping/);
  });

  it('SIGINT (Ctrl+C) to the run command itself (scripts/start.mjs) does the same', async () => {
    const run = await startRun(process.execPath, ['scripts/start.mjs'], 'int');
    assert.equal(await expectStopsCleanly(run, 'SIGINT'), 0, run.output());
  });

  it('if the run command is killed outright (SIGKILL), the API notices and stops by itself', async () => {
    const run = await startRun(process.execPath, ['scripts/start.mjs'], 'kill');
    await expectStopsCleanly(run, 'SIGKILL');
  });

  it('SIGTERM to the PID of `npm start -w @supportlink/api` stops the API too', async () => {
    const [command, args] = npmCommand(['start', '-w', '@supportlink/api']);
    const run = await startRun(command, args, 'npm-api');
    assert.equal(await expectStopsCleanly(run, 'SIGTERM'), 0, run.output());
  });
});
