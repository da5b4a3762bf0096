import type { Kysely } from 'kysely';

// Frozen: never edit after release and never import application code; add a new file instead.

// biome-ignore lint/suspicious/noExplicitAny: frozen migrations must not depend on the app's current schema types
export async function up(db: Kysely<any>): Promise<void> {
  const bigint = 'bigint' as const;
  await db.schema
    .createTable('orgs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('revision', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('sync_floor', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', bigint, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('updated_at', bigint, (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('members_pk', ['org_id', 'id'])
    .execute();
  await db.schema.createIndex('members_id_idx').on('members').column('id').unique().execute();

  await db.schema
    .createTable('tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('expires_at', bigint)
    .addColumn('last_used_at', bigint)
    .addColumn('revoked_at', bigint)
    .execute();
  await db.schema.createIndex('tokens_member_idx').on('tokens').columns(['org_id', 'member_id']).execute();

  await db.schema
    .createTable('contracts')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('ruleset', 'text', (c) => c.notNull())
    .addColumn('offer', 'text', (c) => c.notNull())
    .addColumn('benefit', 'text', (c) => c.notNull())
    .addColumn('competency', 'text')
    .addColumn('label', 'text')
    .addColumn('access_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('allotment_override', 'integer')
    .addColumn('allotment_override_unlimited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('updated_at', bigint, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revision', bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('contracts_pk', ['org_id', 'id'])
    .execute();
  await db.schema.createIndex('contracts_rev_idx').on('contracts').columns(['org_id', 'revision']).execute();

  await db.schema
    .createTable('events')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', bigint, (c) => c.notNull())
    .addColumn('count', 'integer')
    .addColumn('remaining', 'integer')
    .addColumn('remaining_unlimited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('delta', 'integer')
    .addColumn('portal', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revision', bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('events_pk', ['org_id', 'id'])
    .execute();
  await db.schema.createIndex('events_rev_idx').on('events').columns(['org_id', 'revision']).execute();
  await db.schema
    .createIndex('events_contract_idx')
    .on('events')
    .columns(['org_id', 'contract_id', 'at'])
    .execute();

  await db.schema
    .createTable('links')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('portal', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('linked_at', bigint, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', bigint, (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revision', bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('links_pk', ['org_id', 'id'])
    .addUniqueConstraint('links_natural_key', ['org_id', 'contract_id', 'portal', 'account'])
    .execute();
  await db.schema.createIndex('links_rev_idx').on('links').columns(['org_id', 'revision']).execute();

  const isPostgres = db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', isPostgres ? 'bigserial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('at', bigint, (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_org_idx').on('audit_log').columns(['org_id', 'at']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['audit_log', 'links', 'events', 'contracts', 'tokens', 'members', 'orgs']) {
    await db.schema.dropTable(t).execute();
  }
}
