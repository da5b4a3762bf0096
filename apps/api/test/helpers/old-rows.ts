/**
 * Rows as an older schema wrote them, for migration tests: only the columns every schema since
 * 0001_initial has. A test adds the columns of the version it starts from through `extra`.
 */
export function oldOrgRow(now: number, extra: Record<string, unknown> = {}) {
  return { id: 'o1', name: 'o', revision: 1, sync_floor: 0, created_at: now, ...extra };
}

export function oldContractRow(id: string, now: number, extra: Record<string, unknown> = {}) {
  return {
    org_id: 'o1',
    id,
    ruleset: 'mpn-2021',
    offer: 'gold',
    benefit: 'cloud',
    competency: null,
    label: id,
    access_id: 'ACCESS',
    contract_id: 'CONTRACT',
    start_date: '2026-01-01',
    end_date: '2026-12-31',
    allotment_override: null,
    allotment_override_unlimited: 0,
    version: 1,
    created_at: now,
    updated_at: now,
    created_by: null,
    updated_by: null,
    deleted: 0,
    revision: 1,
    ...extra,
  };
}
