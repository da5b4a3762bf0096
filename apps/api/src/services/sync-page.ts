/** A row of any synced table, as far as paging is concerned. */
export interface Revisioned {
  revision: number;
}

export interface Page<C, E, L> {
  contracts: C[];
  events: E[];
  links: L[];
  /** The revision the client has everything up to after applying this page. */
  cursor: number;
  hasMore: boolean;
}

/**
 * Merges per-table slices (each ordered by revision, each fetched with `limit + 1` rows) into one
 * page of at most about `limit` items. A revision is never split across pages, because the cursor
 * is a revision: the page may run past `limit` to finish the last revision it includes.
 */
export function cutPage<C extends Revisioned, E extends Revisioned, L extends Revisioned>(
  slices: { contracts: C[]; events: E[]; links: L[] },
  limit: number,
  headRevision: number,
): Page<C, E, L> {
  const total = slices.contracts.length + slices.events.length + slices.links.length;
  if (total <= limit) return { ...slices, cursor: headRevision, hasMore: false };
  const revisions = [...slices.contracts, ...slices.events, ...slices.links]
    .map((r) => r.revision)
    .sort((a, b) => a - b);
  const last = revisions[limit - 1] ?? headRevision;
  const upTo = <T extends Revisioned>(rows: T[]) => rows.filter((r) => r.revision <= last);
  return {
    contracts: upTo(slices.contracts),
    events: upTo(slices.events),
    links: upTo(slices.links),
    cursor: last,
    hasMore: true,
  };
}
