import { canSeeSecrets } from '../auth/roles.js';
import type {
  ContractsTable,
  EventsTable,
  LinksTable,
  MembersTable,
  Role,
  TokensTable,
} from '../db/schema.js';
import { readIds } from './contract-ids.js';

export { secretContext } from './contract-ids.js';

import type { SecretBox } from './secret-box.js';

export const iso = (ms: number) => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export function allotmentOverrideOf(
  row: Pick<ContractsTable, 'allotment_override' | 'allotment_override_unlimited'>,
) {
  return row.allotment_override_unlimited ? ('unlimited' as const) : row.allotment_override;
}

/**
 * A contract as the API shows it. Viewers get both IDs as null. A row whose IDs cannot be decrypted
 * is still shown, with null IDs and `idsUnreadable: true`, so one bad row never fails a whole list.
 */
export function contractView(row: ContractsTable, secrets: SecretBox, role: Role) {
  const reveal = canSeeSecrets(role) && !row.deleted;
  const ids = reveal ? readIds(row, secrets) : null;
  return {
    id: row.id,
    ruleset: row.ruleset,
    offer: row.offer,
    benefit: row.benefit,
    competency: row.competency,
    label: row.label,
    accessId: ids?.accessId ?? null,
    contractId: ids?.contractId ?? null,
    ...(reveal && !ids ? { idsUnreadable: true as const } : {}),
    startDate: row.start_date,
    endDate: row.end_date,
    startDateEstimated: row.start_date_estimated === 1,
    allotmentOverride: allotmentOverrideOf(row),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export const contractEtag = (version: number) => `"${version}"`;

export function eventView(row: EventsTable) {
  const base = { id: row.id, contractId: row.contract_id, type: row.type, at: iso(row.at) };
  const tail = { recordedAt: iso(row.created_at) };
  switch (row.type) {
    case 'observed':
      return {
        ...base,
        remaining: row.remaining_unlimited ? ('unlimited' as const) : (row.remaining ?? 0),
        portal: row.portal,
        ...tail,
      };
    case 'adjusted':
      return { ...base, delta: row.delta ?? 0, note: row.note, ...tail };
    default:
      return { ...base, count: row.count ?? 1, note: row.note, ...tail };
  }
}

export function linkView(row: LinksTable) {
  return {
    id: row.id,
    contractId: row.contract_id,
    portal: row.portal,
    account: row.account,
    linkedAt: iso(row.linked_at),
    linkedBy: row.created_by,
  };
}

export function memberView(row: MembersTable) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function tokenView(row: TokensTable) {
  return {
    id: row.id,
    name: row.name,
    memberId: row.member_id,
    createdAt: iso(row.created_at),
    expiresAt: isoOrNull(row.expires_at),
    lastUsedAt: isoOrNull(row.last_used_at),
  };
}
