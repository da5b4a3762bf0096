import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { connect, type Db } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { recordAudit } from './db/repos/audit.js';
import { getMember } from './db/repos/members.js';
import { lockOrgForAuthChange } from './db/repos/orgs.js';
import { getToken, revokeTokenTree } from './db/repos/tokens.js';
import { createSecretBox } from './lib/secret-box.js';
import { tokenView } from './lib/views.js';
import { compactTombstones } from './services/compact.js';
import { createOrgWithOwner } from './services/orgs.js';
import { issueToken } from './services/tokens.js';
import { exportOrg, importIntoOrg } from './services/transfer.js';

const USAGE = `usage: supportlink-api <command> [options]   (same environment as the server: DATABASE_URL, …)
  init --org NAME --owner NAME [--json]        create an organisation and its owner; prints the owner token once
  token create --member ID [--name N] [--expires ISO] [--json]
  token revoke TOKEN_ID
  migrate                                      apply pending migrations
  export --org ID [--include-secrets] [--out FILE]
  import --org ID [--file FILE]                (reads stdin without --file)
  compact --org ID --older-than-days N         drop older tombstones; clients behind them resync (410)`;

class UsageError extends Error {}

export interface CliIo {
  /** stdout: only results (with --json exactly one JSON line). */
  out(text: string): void;
  /** stderr: messages for people. */
  err(text: string): void;
  readInput(file: string | undefined): string;
}

function need(value: string | undefined, flag: string): string {
  if (!value?.trim()) throw new UsageError(`missing ${flag}`);
  return value.trim();
}

async function run(argv: string[], db: Db, env: NodeJS.ProcessEnv, io: CliIo): Promise<void> {
  const out = (line: string) => io.out(`${line}\n`);
  const err = (line: string) => io.err(`${line}\n`);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      owner: { type: 'string' },
      member: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string' },
      json: { type: 'boolean', default: false },
      'include-secrets': { type: 'boolean', default: false },
      out: { type: 'string' },
      file: { type: 'string' },
      'older-than-days': { type: 'string' },
    },
  });
  const [command, sub, arg] = positionals;
  const secrets = createSecretBox(loadConfig(env).encryptionKey);
  const now = systemClock.now();

  switch (command) {
    case 'migrate': {
      const applied = await migrateToLatest(db);
      err(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
      return;
    }
    case 'init': {
      const created = await createOrgWithOwner(db.kysely, {
        orgName: need(values.org, '--org'),
        ownerName: need(values.owner, '--owner'),
        now,
      });
      const result = { orgId: created.orgId, memberId: created.memberId, token: created.token };
      if (values.json) out(JSON.stringify(result));
      else {
        out(`organisation ${result.orgId}, owner ${result.memberId}`);
        out(`owner token (shown once): ${result.token}`);
      }
      return;
    }
    case 'token': {
      if (sub === 'create') {
        const memberId = need(values.member, '--member');
        const member = await db.kysely
          .selectFrom('members')
          .select('org_id')
          .where('id', '=', memberId)
          .where('deleted', '=', 0)
          .executeTakeFirst();
        if (!member || !(await getMember(db.kysely, member.org_id, memberId)))
          throw new UsageError(`no member ${memberId}`);
        const expiresAt = values.expires ? Date.parse(values.expires) : null;
        if (expiresAt !== null && Number.isNaN(expiresAt))
          throw new UsageError('--expires must be an ISO date-time');
        const issued = await issueToken(db.kysely, {
          orgId: member.org_id,
          memberId,
          name: values.name ?? 'cli',
          expiresAt,
          now,
          parentId: null,
        });
        await recordAudit(db.kysely, {
          orgId: member.org_id,
          at: now,
          actorId: null,
          action: 'token.create',
          targetType: 'token',
          targetId: issued.row.id,
          detail: { member: memberId, via: 'cli' },
        });
        if (values.json) out(JSON.stringify({ ...tokenView(issued.row), token: issued.token }));
        else out(`token ${issued.row.id} (shown once): ${issued.token}`);
        return;
      }
      if (sub === 'revoke') {
        const id = need(arg, 'TOKEN_ID');
        const token = await getToken(db.kysely, id);
        if (!token || token.revoked_at !== null) throw new UsageError(`no live token ${id}`);
        const revoked = await db.kysely.transaction().execute(async (trx) => {
          await lockOrgForAuthChange(trx, token.org_id);
          const n = await revokeTokenTree(trx, token.org_id, { tokenId: id }, now);
          await recordAudit(trx, {
            orgId: token.org_id,
            at: now,
            actorId: null,
            action: 'token.revoke',
            targetType: 'token',
            targetId: id,
            detail: { via: 'cli', tokensRevoked: n },
          });
          return n;
        });
        // Running servers notice at once (SQLite data_version, PostgreSQL NOTIFY): see README.
        err(revoked > 1 ? `revoked ${id} and ${revoked - 1} token(s) minted with it` : `revoked ${id}`);
        return;
      }
      throw new UsageError('token needs create or revoke');
    }
    case 'export': {
      const data = await exportOrg(
        db.kysely,
        secrets,
        need(values.org, '--org'),
        values['include-secrets'] ?? false,
      );
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (values.out) {
        writeFileSync(values.out, text, { mode: 0o600 });
        err(`wrote ${values.out}`);
      } else io.out(text);
      return;
    }
    case 'import': {
      const text = io.readInput(values.file);
      const result = await importIntoOrg(
        db.kysely,
        secrets,
        need(values.org, '--org'),
        JSON.parse(text),
        now,
      );
      out(JSON.stringify(result));
      return;
    }
    case 'compact': {
      const days = Number(need(values['older-than-days'], '--older-than-days'));
      if (!Number.isInteger(days) || days < 0)
        throw new UsageError('--older-than-days must be a whole number');
      const result = await compactTombstones(db.kysely, need(values.org, '--org'), now - days * 86_400_000);
      out(JSON.stringify(result));
      return;
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command');
  }
}

/** Runs one CLI command; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCommand(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  let db: Db | null = null;
  try {
    const config = loadConfig(env);
    db = connect(config.database);
    if (argv[0] !== 'migrate') await migrateToLatest(db);
    await run(argv, db, env, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) io.err(`${e.message}\n${USAGE}\n`);
    else if (e instanceof ConfigError) io.err(`invalid configuration: ${e.message}\n`);
    else io.err(`failed: ${(e as Error).message}\n`);
    return e instanceof UsageError ? 2 : 1;
  } finally {
    await db?.close();
  }
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readInput: (file) => readFileSync(file ?? 0, 'utf8'),
};
