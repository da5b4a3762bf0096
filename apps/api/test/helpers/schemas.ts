// Throwaway PostgreSQL schemas for one test run. They are dropped once, after every test file has
// finished (test/global-setup.ts), never while another file may be migrating: the migrator's
// catalog query checks privileges on every schema, and one dropped under it fails that query.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set by vitest.config.ts in the main process, so every worker of one run shares it. */
const run = process.env.SLK_TEST_RUN ?? 'adhoc';

export const runSchemaPrefix = (): string => `t_${run}_`;

/** Creates an empty schema named for this run and returns its name. */
export async function createRunSchema(url: string, label = ''): Promise<string> {
  const schema = `${runSchemaPrefix()}${label}${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  return schema;
}

/** Drops every schema this run created (called once, at the end of the run). */
export async function dropRunSchemas(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ nspname: string }>(
      "select nspname from pg_namespace where nspname like $1 escape '\\'",
      [`${runSchemaPrefix().replaceAll('_', '\\_')}%`],
    );
    for (const { nspname } of rows) await admin.query(`drop schema if exists ${nspname} cascade`);
    return rows.length;
  } finally {
    await admin.end();
  }
}
