import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { API_DIR, entry } from './helpers/process.js';

const dir = mkdtempSync(join(tmpdir(), 'slk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => ({ DATABASE_URL: join(dir, `${Date.now()}-${Math.random()}.sqlite`) });

/** The CLI as a real process started from another working directory (tsx by absolute URL when not built). */
function runFrom(cwd: string, args: string[], env: Record<string, string | undefined> = {}) {
  const [first, ...rest] = entry('cli');
  const argv =
    first === '--import'
      ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href, ...rest.slice(1)]
      : [first as string];
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  const r = spawnSync(process.execPath, [...argv, ...args], { cwd, env: childEnv, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI help and mistakes', () => {
  it('help, --help, -h and <command> --help print usage on stdout and exit 0 without opening a database', async () => {
    const env = fresh();
    for (const args of [['help'], ['--help'], ['-h']]) {
      const r = await cli(args, env);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('members list');
      expect(r.stdout).toContain('org rename');
      expect(r.stderr).toBe('');
    }
    const one = await cli(['members', 'list', '--help'], env);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^usage: \S.* members list --org ID \[--json\]/);
    expect((await cli(['help', 'token', 'create'], env)).stdout).toContain('--expires ISO');
    expect(existsSync(env.DATABASE_URL)).toBe(false);
  });

  it('a real process answers --help with exit 0', () => {
    const r = runFrom(tmpdir(), ['--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('usage:');
  });

  it('mistakes get one line with a hint, not the whole usage', async () => {
    const env = fresh();
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /^error: unknown command "frobnicate" \(see `.* help`\)$/],
      [['members'], /^error: `members` needs one of: list, rename/],
      [['init', '--org', 'A'], /^error: missing --owner NAME \(see `.* init --help`\)$/],
      [['init', '--bogus'], /^error: init has no option --bogus \(see `.* init --help`\)$/],
      [['init', '--org'], /^error: --org needs a value/],
      [['token', 'revoke'], /^error: missing TOKEN_ID/],
      [['token', 'revoke', 'a', 'b'], /^error: unexpected "b"/],
    ];
    for (const [args, expected] of cases) {
      const r = await cli(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => l && !l.startsWith('database:'));
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0], args.join(' ')).toMatch(expected);
      expect(r.stdout).toBe('');
    }
  });

  it('no command prints the list on stderr and exits 2', async () => {
    const r = await cli([], fresh());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('commands:');
  });
});

describe('CLI organisations and members', () => {
  it('org list, org rename, members list, members rename, token list', async () => {
    const env = fresh();
    const created = JSON.parse(
      (await cli(['init', '--org', 'My organisation', '--owner', 'Owner', '--json'], env)).stdout,
    );

    const renamed = await cli(['org', 'rename', '--name', 'Contoso'], env);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stderr).toContain('renamed "My organisation" to "Contoso"');
    const orgs = JSON.parse((await cli(['org', 'list', '--json'], env)).stdout);
    expect(orgs.orgs).toEqual([expect.objectContaining({ id: created.orgId, name: 'Contoso', members: 1 })]);
    expect((await cli(['org', 'list'], env)).stdout).toMatch(
      /ID\s+NAME\s+MEMBERS\s+CREATED\n\S+\s+Contoso\s+1/,
    );

    const who = await cli(['members', 'rename', '--member', created.memberId, '--name', 'Olivia Owner'], env);
    expect(who.code, who.stderr).toBe(0);
    const members = JSON.parse((await cli(['members', 'list', '--json'], env)).stdout);
    expect(members).toEqual({
      orgId: created.orgId,
      members: [{ id: created.memberId, name: 'Olivia Owner', role: 'owner', tokens: 1 }],
    });
    const text = await cli(['members', 'list'], env);
    expect(text.stdout).toMatch(new RegExp(`${created.memberId}\\s+Olivia Owner\\s+owner\\s+1`));
    expect(text.stdout).not.toContain('slk_');

    // A lost owner token: a new one, then the old one revoked.
    const made = JSON.parse(
      (await cli(['token', 'create', '--member', created.memberId, '--json'], env)).stdout,
    );
    const listed = JSON.parse(
      (await cli(['token', 'list', '--member', created.memberId, '--json'], env)).stdout,
    );
    expect(listed.tokens.map((t: { id: string }) => t.id)).toContain(made.id);
    expect(JSON.stringify(listed)).not.toContain('slk_');
    const old = listed.tokens.find((t: { id: string }) => t.id !== made.id);
    expect((await cli(['token', 'revoke', old.id], env)).code).toBe(0);
    const after = JSON.parse(
      (await cli(['token', 'list', '--member', created.memberId, '--json'], env)).stdout,
    );
    expect(after.tokens.map((t: { id: string }) => t.id)).toEqual([made.id]);
  });

  it('with several organisations, commands that need one ask for --org; names are checked', async () => {
    const env = fresh();
    await cli(['init', '--org', 'A', '--owner', 'a'], env);
    const second = JSON.parse(
      (await cli(['init', '--org', 'B', '--owner', 'b', '--another', '--json'], env)).stdout,
    );
    const r = await cli(['members', 'list'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 organisations here: choose one with --org ID');
    const b = JSON.parse((await cli(['members', 'list', '--org', second.orgId, '--json'], env)).stdout);
    expect(b.members.map((m: { name: string }) => m.name)).toEqual(['b']);
    expect((await cli(['org', 'rename', '--org', 'nope', '--name', 'X'], env)).stderr).toContain(
      'no organisation nope',
    );
    const bad = await cli(['org', 'rename', '--org', second.orgId, '--name', 'bad\u0007name'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('control characters');
    expect((await cli(['org', 'rename', '--org', second.orgId, '--name', 'x'.repeat(101)], env)).code).toBe(
      2,
    );
  });

  it('commands that read data refuse to create an empty database file, naming the file they looked for', async () => {
    const env = fresh();
    const r = await cli(['members', 'list'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no database at ${env.DATABASE_URL} yet`);
    expect(existsSync(env.DATABASE_URL)).toBe(false);
  });

  it('without DATABASE_URL the CLI looks for the server’s own file whatever the working directory', () => {
    const expected = join(API_DIR, 'data', 'supportlink.sqlite');
    for (const cwd of [tmpdir(), join(API_DIR, '..', '..')]) {
      const r = runFrom(cwd, ['org', 'list', '--json'], { DATABASE_URL: undefined });
      // Either it opened that file (and says so) or it says that file does not exist yet.
      expect(r.stderr, cwd).toMatch(
        new RegExp(
          `(database: SQLite file|no database at) ${expected.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`,
        ),
      );
    }
  });
});
