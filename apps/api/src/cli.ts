import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { connect, type Db } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { recordAudit } from './db/repos/audit.js';
import { getMember } from './db/repos/members.js';
import { getToken, revokeToken } from './db/repos/tokens.js';
import { createSecretBox } from './lib/secret-box.js';
import { tokenView } from './lib/views.js';
import { createOrgWithOwner } from './services/orgs.js';
import { issueToken } from './services/tokens.js';
import { exportOrg, importIntoOrg } from './services/transfer.js';

const USAGE = `usage: supportlink-api <command> [options]   (same environment as the server: DATABASE_URL, …)
  init --org NAME --owner NAME [--json]        create an organisation and its owner; prints the owner token once
  token create --member ID [--name N] [--expires ISO] [--json]
  token revoke TOKEN_ID
  migrate                                      apply pending migrations
  export --org ID [--include-secrets] [--out FILE]
  import --org ID [--file FILE]                (reads stdin without --file)`;

class UsageError extends Error {}

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function need(value: string | undefined, flag: string): string {
  if (!value?.trim()) throw new UsageError(`missing ${flag}`);
  return value.trim();
}

async function run(argv: string[], db: Db): Promise<void> {
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
    },
  });
  const [command, sub, arg] = positionals;
  const secrets = createSecretBox(loadConfig().encryptionKey);
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
        if (!token || !(await revokeToken(db.kysely, id, now))) throw new UsageError(`no live token ${id}`);
        await recordAudit(db.kysely, {
          orgId: token.org_id,
          at: now,
          actorId: null,
          action: 'token.revoke',
          targetType: 'token',
          targetId: id,
          detail: { via: 'cli' },
        });
        err(`revoked ${id} (a running server stops accepting it within its token cache TTL)`);
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
      } else process.stdout.write(text);
      return;
    }
    case 'import': {
      const text = readFileSync(values.file ?? 0, 'utf8');
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
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command');
  }
}

async function main() {
  let db: Db | null = null;
  try {
    const config = loadConfig();
    db = connect(config.database);
    const argv = process.argv.slice(2);
    if (argv[0] !== 'migrate') await migrateToLatest(db);
    await run(argv, db);
  } catch (e) {
    if (e instanceof UsageError) err(`${e.message}\n${USAGE}`);
    else if (e instanceof ConfigError) err(`invalid configuration: ${e.message}`);
    else err(`failed: ${(e as Error).message}`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  } finally {
    await db?.close();
  }
}

await main();
