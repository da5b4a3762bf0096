import { type Kysely, type SqlBool, sql } from 'kysely';

// Frozen: never edit after release and never import application code; add a new file instead.
//
// - contracts.ids_sealed: ciphertext is recognised by this flag, which no client can send, never by a
//   prefix in user text. Existing rows are flagged only when both IDs have the exact shape the old
//   code wrote ("enc1:" + base64url of IV, tag and body); anything else stays plain text.
// - orgs.auth_epoch: bumped by every member or token change, which also makes that change take the
//   organisation's row lock (PostgreSQL) or the write lock (SQLite) before it reads anything.
// - tokens.parent_id: the token that minted this one (null: created by the CLI or at start-up).
// - write_counts: per-member write counters shared by every replica.
// - PostgreSQL: triggers NOTIFY `supportlink_auth` (payload: the schema) when a token is revoked or
//   a member's role, name or removal changes, whoever made the change (API, CLI or plain SQL).

const SEALED_MIN_LENGTH = 'enc1:'.length + 39; // base64url of 12 + 16 + at least 1 byte

// biome-ignore lint/suspicious/noExplicitAny: frozen migrations must not depend on the app's current schema types
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');

  await db.schema
    .alterTable('orgs')
    .addColumn('auth_epoch', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.alterTable('tokens').addColumn('parent_id', 'text').execute();
  await db.schema.createIndex('tokens_parent_idx').on('tokens').column('parent_id').execute();

  await db.schema
    .alterTable('contracts')
    .addColumn('ids_sealed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  const shaped = (column: string) =>
    isPostgres
      ? sql<SqlBool>`${sql.ref(column)} ~ ${`^enc1:[A-Za-z0-9_-]{${SEALED_MIN_LENGTH - 5},}$`}`
      : sql<SqlBool>`(${sql.ref(column)} glob 'enc1:*' and not substr(${sql.ref(column)}, 6) glob '*[^A-Za-z0-9_-]*' and length(${sql.ref(column)}) >= ${SEALED_MIN_LENGTH})`;
  await db
    .updateTable('contracts')
    .set({ ids_sealed: 1 })
    .where(shaped('access_id'))
    .where(shaped('contract_id'))
    .execute();
  await db.schema.createIndex('contracts_sealed_idx').on('contracts').column('ids_sealed').execute();

  await db.schema
    .createTable('write_counts')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('write_counts_pk', ['org_id', 'member_id'])
    .execute();

  if (isPostgres) {
    await sql`
      create function supportlink_auth_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('supportlink_auth', TG_TABLE_SCHEMA);
        return null;
      end $$`.execute(db);
    await sql`
      create trigger tokens_auth_changed after update on tokens for each row
      when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at)
      execute function supportlink_auth_changed()`.execute(db);
    await sql`
      create trigger members_auth_changed after update on members for each row
      when (old.role is distinct from new.role or old.deleted is distinct from new.deleted or old.name is distinct from new.name)
      execute function supportlink_auth_changed()`.execute(db);
    for (const table of ['tokens', 'members']) {
      await sql`
        create trigger ${sql.raw(`${table}_auth_deleted`)} after delete on ${sql.table(table)}
        for each statement execute function supportlink_auth_changed()`.execute(db);
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
  if (isPostgres) {
    for (const [trigger, table] of [
      ['tokens_auth_changed', 'tokens'],
      ['members_auth_changed', 'members'],
      ['tokens_auth_deleted', 'tokens'],
      ['members_auth_deleted', 'members'],
    ] as const) {
      await sql`drop trigger if exists ${sql.raw(trigger)} on ${sql.table(table)}`.execute(db);
    }
    await sql`drop function if exists supportlink_auth_changed()`.execute(db);
  }
  await db.schema.dropTable('write_counts').execute();
  await db.schema.dropIndex('contracts_sealed_idx').execute();
  await db.schema.alterTable('contracts').dropColumn('ids_sealed').execute();
  await db.schema.dropIndex('tokens_parent_idx').execute();
  await db.schema.alterTable('tokens').dropColumn('parent_id').execute();
  await db.schema.alterTable('orgs').dropColumn('auth_epoch').execute();
}
