import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const API_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The built entry point when dist/ is newer than every source file (turbo builds before testing),
 * otherwise the TypeScript source through tsx, so a test never runs stale code.
 */
export function entry(name: 'server' | 'cli'): string[] {
  const built = join(API_DIR, 'dist', `${name}.js`);
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(API_DIR, 'src'))) return [built];
  return ['--import', 'tsx', join(API_DIR, 'src', `${name}.ts`)];
}

export interface Running {
  child: ChildProcess;
  base: string;
  stdout: string[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts src/server.ts as a real process on a free loopback port; resolves once it listens. */
export function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<Running> {
  const child = spawn(process.execPath, entry('server'), {
    cwd: API_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${stderr.join('')}`));
    }, timeoutMs);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        stdout.push(line);
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (m?.[1]) {
          // Give the first-start lines, written right after, a moment to arrive.
          setTimeout(() => {
            clearTimeout(timer);
            resolve({ child, base: m[1] as string, stdout, stderr, exited });
          }, 100);
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr.join('')}`));
    });
  });
}

export function runCli(args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(process.execPath, [...entry('cli'), ...args], {
    cwd: API_DIR,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function stop(r: Running): Promise<void> {
  if (r.child.exitCode !== null || r.child.signalCode !== null) return;
  r.child.kill('SIGTERM');
  await r.exited;
}
