import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema.js';

type Q = Kysely<Database>;

/**
 * Builds and compiles a query once per dialect, then only swaps parameter values. Kysely otherwise
 * rebuilds and recompiles the query tree on every call, which the profile showed as a large share
 * of cheap requests (the empty sync delta, event appends). Only for queries whose SQL text does
 * not depend on the values (plain `=` comparisons and inserts), which `compile` checks.
 */
export function prepared<Args extends unknown[], R>(
  arity: Args['length'],
  build: (db: Q, ...args: Args) => Compilable<R>,
): (db: Q, ...args: Args) => Promise<QueryResult<R>> {
  const compiledByAdapter = new WeakMap<object, { compiled: CompiledQuery<R>; slots: number[] }>();
  const compile = (db: Q) => {
    const sentinels = Array.from({ length: arity }, (_, i) => `\u0000slot${i}\u0000`);
    const compiled = build(db, ...(sentinels as unknown as Args)).compile();
    const slots = compiled.parameters.map((p) => sentinels.indexOf(p as string));
    for (let i = 0; i < arity; i++) {
      if (!slots.includes(i)) throw new Error(`prepared query lost argument ${i}: ${compiled.sql}`);
    }
    return { compiled, slots };
  };
  return (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let entry = compiledByAdapter.get(adapter);
    if (!entry) {
      entry = compile(db);
      compiledByAdapter.set(adapter, entry);
    }
    const { compiled, slots } = entry;
    const parameters = compiled.parameters.map((p, i) => {
      const slot = slots[i] ?? -1;
      return slot >= 0 ? args[slot] : p;
    });
    return db.executeQuery<R>({ ...compiled, parameters });
  };
}
