import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { textProblem } from '@supportlink/rules';
import { type CliContext, CliUsageError, type CommandSpec, type OptionSpec } from './cli-spec.js';
import { systemClock } from './clock.js';
import { type Config, ConfigError, describeDatabase, loadConfig } from './config.js';
import { connect, type Db } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { recordAudit } from './db/repos/audit.js';
import { getMember, listMembers, updateMember } from './db/repos/members.js';
import { listOrgs, lockOrgForAuthChange, renameOrg } from './db/repos/orgs.js';
import { getToken, listTokensOfMember, revokeTokenTree } from './db/repos/tokens.js';
import { createSecretBox } from './lib/secret-box.js';
import { iso, isoOrNull, tokenView } from './lib/views.js';
import { compactTombstones } from './services/compact.js';
import { createOrgWithOwner } from './services/orgs.js';
import { issueToken } from './services/tokens.js';
import { exportOrg, importIntoOrg } from './services/transfer.js';

export interface CliIo {
  /** stdout: only results (with --json exactly one JSON line). */
  out(text: string): void;
  /** stderr: messages for people. */
  err(text: string): void;
  readInput(file: string | undefined): string;
  /** How the user started the CLI, for hints, e.g. `npm run cli --` or `node apps/api/dist/cli.js`. */
  prog?: string;
}

const json: OptionSpec = { type: 'boolean', help: 'print one JSON line instead of text' };
const org: OptionSpec = {
  type: 'string',
  value: 'ID',
  help: 'organisation id (see `org list`); may be left out while there is only one',
};
const member: OptionSpec = { type: 'string', value: 'ID', help: 'member id (see `members list`)' };
const name: OptionSpec = { type: 'string', value: 'NAME', help: 'the new name' };

/** A person-given name: trimmed, 1–100 characters, no control characters or broken Unicode. */
function cleanName(value: string | undefined, flag: string): string {
  const v = need(value, flag);
  if (v.length > 100) throw new CliUsageError(`${flag} is longer than 100 characters`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(v) || textProblem(v))
    throw new CliUsageError(`${flag} contains control characters or broken Unicode`);
  return v;
}

function need(value: string | undefined, flag: string): string {
  if (!value?.trim()) throw new CliUsageError(`missing ${flag}`);
  return value.trim();
}

/** The organisation named by --org, or the only one there is. */
async function orgOf(ctx: CliContext, given: string | undefined): Promise<{ id: string; name: string }> {
  const orgs = await listOrgs(ctx.db.kysely);
  if (given?.trim()) {
    const found = orgs.find((o) => o.id === given.trim());
    if (!found)
      throw new CliUsageError(`no organisation ${given.trim()} (see \`org list\`)`, { hint: false });
    return found;
  }
  if (orgs.length === 1 && orgs[0]) return orgs[0];
  if (orgs.length === 0)
    throw new CliUsageError(`no organisation in ${ctx.where} yet (start the server once, or run \`init\`)`);
  throw new CliUsageError(`${orgs.length} organisations here: choose one with --org ID (see \`org list\`)`, {
    hint: false,
  });
}

/** A live member by id, in whichever organisation holds it. */
async function memberById(ctx: CliContext, memberId: string) {
  const row = await ctx.db.kysely
    .selectFrom('members')
    .select('org_id')
    .where('id', '=', memberId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  const found = row && (await getMember(ctx.db.kysely, row.org_id, memberId));
  if (!found) throw new CliUsageError(`no member ${memberId} (see \`members list\`)`, { hint: false });
  return found;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const COMMANDS: CommandSpec[] = [
  {
    name: 'init',
    summary: 'create an organisation and its owner; prints the owner token once',
    options: {
      org: { type: 'string', value: 'NAME', help: 'the organisation’s name' },
      owner: { type: 'string', value: 'NAME', help: 'the owner’s name' },
      another: {
        type: 'boolean',
        help: 'add another organisation to a database that already has one (each is isolated)',
      },
      json,
    },
    async run(ctx, { values }) {
      const orgName = cleanName(values.org as string | undefined, '--org NAME');
      const ownerName = cleanName(values.owner as string | undefined, '--owner NAME');
      const existing = await listOrgs(ctx.db.kysely);
      if (existing.length > 0 && !values.another) {
        throw new CliUsageError(
          `${ctx.where} already has ${existing.length === 1 ? `the organisation "${existing[0]?.name}"` : `${existing.length} organisations`}: ` +
            'rename it with `org rename`, get a token with `token create`, or add a separate one with --another',
          { hint: false },
        );
      }
      const created = await createOrgWithOwner(ctx.db.kysely, { orgName, ownerName, now: ctx.now });
      const result = { orgId: created.orgId, memberId: created.memberId, token: created.token };
      if (values.json) return ctx.out(JSON.stringify(result));
      ctx.out(`organisation ${result.orgId}, owner ${result.memberId}`);
      ctx.out(`owner token (shown once): ${result.token}`);
    },
  },
  {
    name: 'org list',
    summary: 'the organisations in this database',
    options: { json },
    async run(ctx, { values }) {
      const orgs = await listOrgs(ctx.db.kysely);
      const rows = await Promise.all(
        orgs.map(async (o) => ({
          id: o.id,
          name: o.name,
          members: (await listMembers(ctx.db.kysely, o.id)).length,
          createdAt: iso(o.created_at),
        })),
      );
      if (values.json) return ctx.out(JSON.stringify({ orgs: rows }));
      if (rows.length === 0) return ctx.err(`no organisation in ${ctx.where} yet`);
      ctx.out(
        table([
          ['ID', 'NAME', 'MEMBERS', 'CREATED'],
          ...rows.map((r) => [r.id, r.name, String(r.members), r.createdAt.slice(0, 10)]),
        ]),
      );
    },
  },
  {
    name: 'org rename',
    summary: 'rename an organisation (what the extension shows after "Connected as")',
    options: { org, name },
    async run(ctx, { values }) {
      const newName = cleanName(values.name as string | undefined, '--name NAME');
      const target = await orgOf(ctx, values.org as string | undefined);
      await renameOrg(ctx.db.kysely, target.id, newName);
      await recordAudit(ctx.db.kysely, {
        orgId: target.id,
        at: ctx.now,
        actorId: null,
        action: 'org.rename',
        targetType: 'org',
        targetId: target.id,
        detail: { via: 'cli' },
      });
      ctx.err(`renamed "${target.name}" to "${newName}"`);
    },
  },
  {
    name: 'members list',
    summary: 'the members of an organisation, with their ids and roles',
    options: { org, json },
    async run(ctx, { values }) {
      const target = await orgOf(ctx, values.org as string | undefined);
      const members = await listMembers(ctx.db.kysely, target.id);
      const rows = await Promise.all(
        members.map(async (m) => ({
          id: m.id,
          name: m.name,
          role: m.role,
          tokens: (await listTokensOfMember(ctx.db.kysely, target.id, m.id)).length,
        })),
      );
      if (values.json) return ctx.out(JSON.stringify({ orgId: target.id, members: rows }));
      ctx.err(`organisation "${target.name}" (${target.id})`);
      ctx.out(
        table([
          ['ID', 'NAME', 'ROLE', 'LIVE TOKENS'],
          ...rows.map((r) => [r.id, r.name, r.role, String(r.tokens)]),
        ]),
      );
    },
  },
  {
    name: 'members rename',
    summary: 'rename a member (the owner is called "Owner" until you do)',
    options: { member, name },
    async run(ctx, { values }) {
      const newName = cleanName(values.name as string | undefined, '--name NAME');
      const m = await memberById(ctx, need(values.member as string | undefined, '--member ID'));
      await ctx.db.kysely.transaction().execute(async (trx) => {
        await lockOrgForAuthChange(trx, m.org_id);
        await updateMember(trx, m.org_id, m.id, { name: newName }, ctx.now);
        await recordAudit(trx, {
          orgId: m.org_id,
          at: ctx.now,
          actorId: null,
          action: 'member.update',
          targetType: 'member',
          targetId: m.id,
          detail: { fields: ['name'], via: 'cli' },
        });
      });
      ctx.err(`renamed "${m.name}" to "${newName}"`);
    },
  },
  {
    name: 'token create',
    summary: 'a new token for a member, shown once (also how to replace a lost owner token)',
    options: {
      member,
      name: { type: 'string', value: 'LABEL', help: 'what the token is for (default "cli")' },
      expires: { type: 'string', value: 'ISO', help: 'expiry date-time, e.g. 2027-01-31T00:00:00Z' },
      json,
    },
    async run(ctx, { values }) {
      const m = await memberById(ctx, need(values.member as string | undefined, '--member ID'));
      const raw = values.expires as string | undefined;
      const expiresAt = raw ? Date.parse(raw) : null;
      if (expiresAt !== null && Number.isNaN(expiresAt))
        throw new CliUsageError('--expires must be an ISO date-time, e.g. 2027-01-31T00:00:00Z');
      const label = values.name === undefined ? 'cli' : cleanName(values.name as string, '--name LABEL');
      const issued = await ctx.db.kysely.transaction().execute(async (trx) => {
        await lockOrgForAuthChange(trx, m.org_id);
        const made = await issueToken(trx, {
          orgId: m.org_id,
          memberId: m.id,
          name: label,
          expiresAt,
          now: ctx.now,
          parentId: null,
        });
        await recordAudit(trx, {
          orgId: m.org_id,
          at: ctx.now,
          actorId: null,
          action: 'token.create',
          targetType: 'token',
          targetId: made.row.id,
          detail: { member: m.id, via: 'cli' },
        });
        return made;
      });
      if (values.json) return ctx.out(JSON.stringify({ ...tokenView(issued.row), token: issued.token }));
      ctx.out(`token ${issued.row.id} for ${m.name} (shown once): ${issued.token}`);
    },
  },
  {
    name: 'token list',
    summary: 'a member’s live tokens (ids and names, never the secrets)',
    options: { member, json },
    async run(ctx, { values }) {
      const m = await memberById(ctx, need(values.member as string | undefined, '--member ID'));
      const tokens = await listTokensOfMember(ctx.db.kysely, m.org_id, m.id);
      if (values.json) return ctx.out(JSON.stringify({ tokens: tokens.map(tokenView) }));
      ctx.out(
        table([
          ['ID', 'NAME', 'CREATED', 'LAST USED', 'EXPIRES'],
          ...tokens.map((t) => [
            t.id,
            t.name,
            iso(t.created_at).slice(0, 16),
            isoOrNull(t.last_used_at)?.slice(0, 16) ?? '-',
            isoOrNull(t.expires_at)?.slice(0, 16) ?? 'never',
          ]),
        ]),
      );
    },
  },
  {
    name: 'token revoke',
    args: 'TOKEN_ID',
    summary: 'revoke a token (see `token list`)',
    options: {},
    async run(ctx, { positionals }) {
      const id = need(positionals[0], 'TOKEN_ID');
      const token = await getToken(ctx.db.kysely, id);
      if (!token || token.revoked_at !== null)
        throw new CliUsageError(`no live token ${id} (see \`token list\`)`, { hint: false });
      const revoked = await ctx.db.kysely.transaction().execute(async (trx) => {
        await lockOrgForAuthChange(trx, token.org_id);
        const n = await revokeTokenTree(trx, token.org_id, { tokenId: id }, ctx.now);
        await recordAudit(trx, {
          orgId: token.org_id,
          at: ctx.now,
          actorId: null,
          action: 'token.revoke',
          targetType: 'token',
          targetId: id,
          detail: { via: 'cli', tokensRevoked: n },
        });
        return n;
      });
      // Running servers notice at once (SQLite data_version, PostgreSQL NOTIFY).
      ctx.err(revoked > 1 ? `revoked ${id} and ${revoked - 1} token(s) minted with it` : `revoked ${id}`);
    },
  },
  {
    name: 'migrate',
    summary: 'apply pending database migrations (the server also does this on start)',
    options: {},
    async run(ctx) {
      const applied = await migrateToLatest(ctx.db);
      ctx.err(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    },
  },
  {
    name: 'export',
    summary: 'an organisation as JSON; the Access ID and Contract ID are left out unless asked',
    options: {
      org,
      'include-secrets': { type: 'boolean', help: 'include the Access IDs and Contract IDs' },
      out: { type: 'string', value: 'FILE', help: 'write to FILE (mode 600) instead of stdout' },
    },
    async run(ctx, { values }) {
      const target = await orgOf(ctx, values.org as string | undefined);
      const data = await exportOrg(ctx.db.kysely, ctx.secrets, target.id, Boolean(values['include-secrets']));
      const text = `${JSON.stringify(data, null, 2)}\n`;
      const file = values.out as string | undefined;
      if (!file) return ctx.io.out(text);
      writeFileSync(file, text, { mode: 0o600 });
      ctx.err(`wrote ${file}`);
    },
  },
  {
    name: 'import',
    summary: 'import an export into an existing organisation (ids already there are skipped)',
    options: { org, file: { type: 'string', value: 'FILE', help: 'read FILE instead of stdin' } },
    async run(ctx, { values }) {
      const target = await orgOf(ctx, values.org as string | undefined);
      let data: unknown;
      try {
        data = JSON.parse(ctx.io.readInput(values.file as string | undefined));
      } catch (e) {
        throw new CliUsageError(`the input is not JSON (${(e as Error).message.split('\n')[0]})`);
      }
      ctx.out(
        JSON.stringify(await importIntoOrg(ctx.db.kysely, ctx.secrets, target.id, data as never, ctx.now)),
      );
    },
  },
  {
    name: 'compact',
    summary: 'drop older tombstones; clients behind them resync (410)',
    options: {
      org,
      'older-than-days': { type: 'string', value: 'N', help: 'tombstones older than N days' },
    },
    async run(ctx, { values }) {
      const days = Number(need(values['older-than-days'] as string | undefined, '--older-than-days N'));
      if (!Number.isInteger(days) || days < 0)
        throw new CliUsageError('--older-than-days must be a whole number');
      const target = await orgOf(ctx, values.org as string | undefined);
      ctx.out(JSON.stringify(await compactTombstones(ctx.db.kysely, target.id, ctx.now - days * 86_400_000)));
    },
  },
];

/** Commands that read existing data: they refuse to create an empty SQLite file. */
const CREATES_DATABASE = new Set(['init', 'migrate', 'import']);

function usageLine(spec: CommandSpec): string {
  const opts = Object.entries(spec.options).map(([flag, o]) =>
    o.type === 'boolean' ? `[--${flag}]` : `--${flag} ${o.value ?? 'VALUE'}`,
  );
  return [spec.name, spec.args, ...opts].filter(Boolean).join(' ');
}

export function helpText(prog: string, spec?: CommandSpec): string {
  if (spec) {
    const lines = [`usage: ${prog} ${usageLine(spec)}`, '', spec.summary];
    const entries = Object.entries(spec.options);
    if (entries.length) {
      lines.push('', 'options:');
      const lefts = entries.map(([flag, o]) => `--${flag}${o.value ? ` ${o.value}` : ''}`);
      const width = Math.max(...lefts.map((l) => l.length));
      entries.forEach(([, o], i) => {
        lines.push(`  ${(lefts[i] ?? '').padEnd(width + 2)}${o.help}`);
      });
    }
    return `${lines.join('\n')}\n`;
  }
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `usage: ${prog} <command> [options]`,
    '',
    'Manages the SupportLink server’s database: the same environment as the server (DATABASE_URL,',
    'SUPPORTLINK_ENCRYPTION_KEY), and without DATABASE_URL the same file as the server.',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width + 2)}${c.summary}`),
    `  ${'help'.padEnd(width + 2)}this list; \`${prog} <command> --help\` explains one command`,
    '',
    `First steps: \`${prog} org rename --name "Contoso"\`, \`${prog} members list\`,`,
    `\`${prog} members rename --member ID --name "Your name"\`; lost the owner token?`,
    `\`${prog} token create --member ID\` makes a new one, \`${prog} token revoke OLD_ID\` retires the old.`,
    '',
  ].join('\n');
}

/** Finds the command named by the leading words of argv (two-word names first). */
function findCommand(words: string[]): { spec: CommandSpec; rest: string[] } | null {
  for (const n of [2, 1]) {
    const spec = COMMANDS.find((c) => c.name === words.slice(0, n).join(' '));
    if (spec) return { spec, rest: words.slice(n) };
  }
  return null;
}

function suggestion(words: string[]): string {
  const first = words[0] ?? '';
  const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name);
  if (group.length) return `\`${first}\` needs one of: ${group.map((g) => g.split(' ')[1]).join(', ')}`;
  return `unknown command "${words.join(' ')}"`;
}

function parseOptions(spec: CommandSpec, argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const [flag, o] of Object.entries(spec.options)) options[flag] = { type: o.type };
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new CliUsageError(`${spec.name} has no option ${unknown[1]}`, { spec });
    const missingValue = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
    if (missingValue) throw new CliUsageError(`${missingValue[1]} needs a value`, { spec });
    throw new CliUsageError(message.split('. ')[0] ?? message, { spec });
  }
}

/** Runs one CLI command; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCommand(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const prog = io.prog ?? 'supportlink-api';
  const words: string[] = [];
  for (const a of argv) {
    if (a.startsWith('-')) break;
    words.push(a);
  }
  const wantsHelp = argv.includes('--help') || argv.includes('-h') || words[0] === 'help';
  const found = findCommand(words[0] === 'help' ? words.slice(1) : words);
  if (argv.length === 0) {
    io.err(helpText(prog));
    return 2;
  }
  if (wantsHelp) {
    io.out(helpText(prog, found?.spec));
    return 0;
  }
  let db: Db | null = null;
  try {
    if (!found) throw new CliUsageError(suggestion(words));
    const { spec } = found;
    const parsed = parseOptions(spec, argv.slice(spec.name.split(' ').length));
    if (parsed.positionals.length > (spec.args ? 1 : 0))
      throw new CliUsageError(`unexpected "${parsed.positionals.at(-1)}"`, { spec });
    const config: Config = loadConfig(env);
    const where = describeDatabase(config.database);
    const { database } = config;
    if (
      database.kind === 'sqlite' &&
      database.path !== ':memory:' &&
      !existsSync(database.path) &&
      !CREATES_DATABASE.has(spec.name)
    ) {
      throw new CliUsageError(
        `no database at ${database.path} yet: start the server once (npm start), or set DATABASE_URL`,
        { hint: false },
      );
    }
    io.err(`database: ${where}\n`);
    db = connect(database);
    if (spec.name !== 'migrate') await migrateToLatest(db);
    const ctx: CliContext = {
      db,
      io,
      where,
      now: systemClock.now(),
      secrets: createSecretBox(config.encryptionKey),
      out: (line) => io.out(`${line}\n`),
      err: (line) => io.err(`${line}\n`),
    };
    await spec.run(ctx, parsed);
    return 0;
  } catch (e) {
    if (e instanceof CliUsageError) {
      const about = e.spec ?? found?.spec;
      const hint = about ? `${prog} ${about.name} --help` : `${prog} help`;
      io.err(`error: ${e.message}${e.hint ? ` (see \`${hint}\`)` : ''}\n`);
      return 2;
    }
    if (e instanceof ConfigError) io.err(`error: invalid configuration: ${e.message}\n`);
    else io.err(`error: ${(e as Error).message.split('\n')[0]}\n`);
    return 1;
  } finally {
    await db?.close();
  }
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readInput: (file) => readFileSync(file ?? 0, 'utf8'),
};
