/**
 * The real API as a child process (the same `dist/server.js` that `npm start -w
 * @supportlink/api` runs) on a temporary SQLite file, and its CLI for `init --json`.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiDir } from './paths.js';

const serverEntry = join(apiDir, 'dist/server.js');
const cliEntry = join(apiDir, 'dist/cli.js');

export function apiBuilt(): boolean {
  return existsSync(serverEntry) && existsSync(cliEntry);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface InitResult {
  orgId: string;
  memberId: string;
  token: string;
}

export interface Api {
  origin: string;
  port: number;
  dbPath: string;
  /** Everything the server printed (for failure messages). */
  output: string[];
  /** Stops the server with SIGTERM and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts the server again on the same port and database (no-op while it runs). */
  start(): Promise<void>;
  /** `cli init --org --owner --json` against the same database. */
  init(org: string, owner: string): InitResult;
  fetch(token: string, path: string, init?: RequestInit): Promise<Response>;
  json<T = unknown>(token: string, path: string, init?: RequestInit): Promise<T>;
  /** Stops the server and removes the database. */
  dispose(): Promise<void>;
}

export async function startApi(opts: { corsOrigins: string[]; env?: Record<string, string> }): Promise<Api> {
  if (!apiBuilt())
    throw new Error(`the API is not built (${serverEntry}): run \`npm run build -w @supportlink/api\``);
  const dir = mkdtempSync(join(tmpdir(), 'supportlink-e2e-api-'));
  const dbPath = join(dir, 'db.sqlite');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: dbPath,
    PORT: String(port),
    HOST: '127.0.0.1',
    CORS_ORIGINS: opts.corsOrigins.join(','),
    LOG_LEVEL: 'warn',
    ...opts.env,
  };
  const output: string[] = [];
  let child: ChildProcess | null = null;

  async function start(): Promise<void> {
    if (child && child.exitCode === null) return;
    const proc = spawn(process.execPath, [serverEntry], {
      cwd: apiDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    proc.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null)
        throw new Error(`the API exited with ${proc.exitCode}:\n${output.join('')}`);
      try {
        const r = await fetch(`${origin}/readyz`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the API did not become ready on ${origin}:\n${output.join('')}`);
  }

  async function stop(): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  await start();
  const api: Api = {
    origin,
    port,
    dbPath,
    output,
    start,
    stop,
    init(org, owner) {
      const r = spawnSync(process.execPath, [cliEntry, 'init', '--org', org, '--owner', owner, '--json'], {
        cwd: apiDir,
        env,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`cli init failed (${r.status}): ${r.stderr}`);
      const line = r.stdout
        .trim()
        .split('\n')
        .reverse()
        .find((l) => l.trim().startsWith('{'));
      if (!line) throw new Error(`cli init printed no JSON: ${r.stdout}`);
      return JSON.parse(line) as InitResult;
    },
    fetch(token, path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      if (init.body) headers.set('content-type', 'application/json');
      return fetch(`${origin}${path}`, { ...init, headers });
    },
    async json(token, path, init) {
      const r = await api.fetch(token, path, init);
      if (!r.ok) throw new Error(`${init?.method ?? 'GET'} ${path} → ${r.status}: ${await r.text()}`);
      return (await r.json()) as never;
    },
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return api;
}
