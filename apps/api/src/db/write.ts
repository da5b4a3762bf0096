import { CompiledQuery, type Kysely } from 'kysely';
import { payWriteCharge, takeWriteCharge, type WriteCharge } from '../lib/write-budget.js';
import type { Db } from './connect.js';
import { bumpRevision } from './repos/orgs.js';
import type { Database } from './schema.js';

export type WriteFn<T> = (trx: Kysely<Database>, revision: number) => Promise<T>;

/**
 * Runs `fn` in a transaction that first bumps the organisation's revision; every row the
 * transaction writes carries that revision, which is what GET /v1/sync pages by. A request's
 * write charge (lib/write-budget.ts) is paid in the same transaction.
 */
export function orgWrite<T>(
  db: Kysely<Database>,
  orgId: string,
  fn: WriteFn<T>,
  charge: WriteCharge | null = null,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const revision = await bumpRevision(trx, orgId);
    await payWriteCharge(trx, charge);
    return fn(trx, revision);
  });
}

export interface Writer {
  /** Like orgWrite; resolves only once the write is committed (and, on SQLite, fsynced). */
  run<T>(orgId: string, fn: WriteFn<T>): Promise<T>;
}

interface Job {
  orgId: string;
  fn: WriteFn<unknown>;
  charge: WriteCharge | null;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const MAX_BATCH = 256;
const SAVEPOINT = CompiledQuery.raw('savepoint w');
const RELEASE = CompiledQuery.raw('release w');
const ROLLBACK_TO = CompiledQuery.raw('rollback to w');

/** Process-wide counters of the SQLite group commit (for benchmarks and diagnostics). */
export const writeStats = { commits: 0, writes: 0, transactionMs: 0 };

/**
 * Group commit for SQLite. With synchronous=FULL every commit costs an fsync, and SQLite has one
 * writer anyway, so writes that arrive together share one transaction: each runs in its own
 * savepoint (a failing write rolls back alone), and all are acknowledged after the single COMMIT.
 * Nothing is acknowledged before it is durable; if the COMMIT fails, every write in it fails.
 */
export function createBatchingWriter(db: Kysely<Database>): Writer {
  const queue: Job[] = [];
  let scheduled = false;

  const flush = async () => {
    const batch = queue.splice(0, MAX_BATCH);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    const started = performance.now();
    try {
      await db.transaction().execute(async (trx) => {
        for (const job of batch) {
          await trx.executeQuery(SAVEPOINT);
          try {
            const revision = await bumpRevision(trx, job.orgId);
            await payWriteCharge(trx, job.charge);
            const value = await job.fn(trx, revision);
            await trx.executeQuery(RELEASE);
            outcomes.push({ ok: true, value });
          } catch (error) {
            await trx.executeQuery(ROLLBACK_TO);
            await trx.executeQuery(RELEASE);
            outcomes.push({ ok: false, error });
          }
        }
      });
      writeStats.transactionMs += performance.now() - started;
      writeStats.commits++;
      writeStats.writes += batch.length;
      batch.forEach((job, i) => {
        const o = outcomes[i];
        if (o?.ok) job.resolve(o.value);
        else job.reject(o ? o.error : new Error('write lost'));
      });
    } catch (error) {
      for (const job of batch) job.reject(error);
    }
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate runs after the poll phase, so requests that arrived meanwhile join this batch.
    setImmediate(() => {
      flush().finally(() => {
        scheduled = false;
        if (queue.length) schedule();
      });
    });
  };

  return {
    run<T>(orgId: string, fn: WriteFn<T>) {
      return new Promise<T>((resolve, reject) => {
        queue.push({
          orgId,
          fn,
          charge: takeWriteCharge(),
          resolve: resolve as (v: unknown) => void,
          reject,
        });
        schedule();
      });
    },
  };
}

export function createWriter(db: Db): Writer {
  if (db.dialect === 'sqlite') return createBatchingWriter(db.kysely);
  // PostgreSQL: one transaction per write; the org row lock orders concurrent writers.
  return { run: (orgId, fn) => orgWrite(db.kysely, orgId, fn, takeWriteCharge()) };
}
