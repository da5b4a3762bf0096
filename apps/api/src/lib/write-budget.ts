import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import { countWrite } from '../db/repos/write-counts.js';
import type { Database } from '../db/schema.js';
import { tooManyRequests } from '../errors.js';

/** The write a request may make, charged to its member once it reaches the database. */
export interface WriteCharge {
  orgId: string;
  memberId: string;
  limit: number;
  windowMs: number;
  now: number;
  charged: boolean;
}

// The auth middleware opens the charge; the writer and member/token changes pay it inside their
// transaction. Carried in async context so the routes in between need not pass it along.
const pending = new AsyncLocalStorage<WriteCharge>();

export function withWriteCharge<T>(charge: Omit<WriteCharge, 'charged'>, fn: () => T): T {
  return pending.run({ ...charge, charged: false }, fn);
}

/** The current request's charge if it has not been taken yet; taking it means it is paid once. */
export function takeWriteCharge(): WriteCharge | null {
  const charge = pending.getStore();
  if (!charge || charge.charged) return null;
  charge.charged = true;
  return charge;
}

/**
 * Counts the write against the member's window and refuses it (429) over the limit. Runs inside the
 * write's transaction after the organisation lock, so lock order is always orgs → write_counts.
 */
export async function payWriteCharge(trx: Kysely<Database>, charge: WriteCharge | null): Promise<void> {
  if (!charge) return;
  const windowStart = charge.now - (charge.now % charge.windowMs);
  const count = await countWrite(trx, charge.orgId, charge.memberId, windowStart);
  if (count > charge.limit) {
    throw tooManyRequests(
      (windowStart + charge.windowMs - charge.now) / 1000,
      'Too many writes by this member; slow down.',
    );
  }
}
