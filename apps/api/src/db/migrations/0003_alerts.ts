import type { Kysely } from 'kysely';

// Frozen: never edit after release and never import application code; add a new file instead.

// biome-ignore lint/suspicious/noExplicitAny: frozen migrations must not depend on the app's current schema types
export async function up(db: Kysely<any>): Promise<void> {
  const bigint = 'bigint' as const;
  const isPostgres = db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');

  // One row per organisation: the alert settings as JSON (see alerts/settings.ts).
  await db.schema
    .createTable('alert_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', bigint, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  // When each organisation is next due for evaluation; replicas claim due rows.
  await db.schema
    .createTable('alert_schedule')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id'))
    .addColumn('next_run_at', bigint, (c) => c.notNull())
    .addColumn('last_run_at', bigint)
    .execute();
  await db.schema.createIndex('alert_schedule_due_idx').on('alert_schedule').column('next_run_at').execute();

  await db.schema
    .createTable('alert_channels')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    // Non-secret settings as JSON (format; e-mail to/from/host/port/security/username).
    .addColumn('config', 'text', (c) => c.notNull())
    // Webhook URL or SMTP password, sealed like the contract IDs; '' when none.
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('secret_hint', 'text')
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('updated_at', bigint, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('alert_channels_pk', ['org_id', 'id'])
    .execute();

  // Whether each condition currently holds (fired and not cleared); the guard of "fire once".
  await db.schema
    .createTable('alert_conditions')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('since', bigint, (c) => c.notNull())
    .addColumn('cleared_at', bigint)
    .addColumn('alert_id', 'text')
    .addPrimaryKeyConstraint('alert_conditions_pk', ['org_id', 'key'])
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('condition', 'text', (c) => c.notNull())
    .addColumn('threshold', 'integer')
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('fired_at', bigint, (c) => c.notNull())
    .addColumn('cleared_at', bigint)
    // Title, text, link, facts: computed when fired; never an Access ID or Contract ID.
    .addColumn('payload', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alerts_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('alerts_org_fired_idx')
    .on('alerts')
    .columns(['org_id', 'fired_at', 'id'])
    .execute();

  // The outbox: one row per (alert, channel), claimed by one replica at a time.
  await db.schema
    .createTable('alert_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('alert_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', bigint, (c) => c.notNull())
    .addColumn('lease_until', bigint)
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('finished_at', bigint)
    .execute();
  await db.schema
    .createIndex('alert_outbox_due_idx')
    .on('alert_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('alert_outbox_alert_idx')
    .on('alert_outbox')
    .columns(['org_id', 'alert_id'])
    .execute();

  // The delivery log: one row per attempt.
  await db.schema
    .createTable('alert_deliveries')
    .addColumn('seq', isPostgres ? 'bigserial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('outbox_id', 'text')
    .addColumn('alert_id', 'text')
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('at', bigint, (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', bigint)
    .addColumn('gave_up', 'integer', (c) => c.notNull())
    .addColumn('test', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alert_deliveries_org_idx')
    .on('alert_deliveries')
    .columns(['org_id', 'seq'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'alert_deliveries',
    'alert_outbox',
    'alerts',
    'alert_conditions',
    'alert_channels',
    'alert_schedule',
    'alert_settings',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
