import { type Kysely, type SqlBool, sql } from 'kysely';

// Frozen: never edit after release and never import application code; add a new file instead.
//
// - alert_channels.secret_sealed: a channel's secret (webhook URL, SMTP password) is ciphertext when
//   this flag says the server sealed it, never because of an "enc1:" prefix, which an SMTP password
//   typed by an admin may carry. Existing rows are flagged only when the secret has the exact shape
//   the sealing code writes ("enc1:" + base64url of IV, tag and at least one byte); anything else
//   stays plain text (a webhook URL in plain text always starts with http).

const SEALED_MIN_LENGTH = 'enc1:'.length + 39;

// biome-ignore lint/suspicious/noExplicitAny: frozen migrations must not depend on the app's current schema types
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
  await db.schema
    .alterTable('alert_channels')
    .addColumn('secret_sealed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  const shaped = isPostgres
    ? sql<SqlBool>`secret ~ ${`^enc1:[A-Za-z0-9_-]{${SEALED_MIN_LENGTH - 5},}$`}`
    : sql<SqlBool>`(secret glob 'enc1:*' and not substr(secret, 6) glob '*[^A-Za-z0-9_-]*' and length(secret) >= ${SEALED_MIN_LENGTH})`;
  await db.updateTable('alert_channels').set({ secret_sealed: 1 }).where(shaped).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alert_channels').dropColumn('secret_sealed').execute();
}
