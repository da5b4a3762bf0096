import { randomUUID } from 'node:crypto';
import { findTextProblem } from '@supportlink/rules';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../db/repos/audit.js';
import { getContractRow, insertContract, listContractRows } from '../db/repos/contracts.js';
import { getEventRow, insertEvent, listEventsOfOrg } from '../db/repos/events.js';
import { findLink, insertLink } from '../db/repos/links.js';
import { listMembers } from '../db/repos/members.js';
import { getOrg } from '../db/repos/orgs.js';
import type { Database } from '../db/schema.js';
import { orgWrite } from '../db/write.js';
import { BENEFITS, COMPETENCIES, EVENT_TYPES, OFFER_IDS, PORTAL_IDS, RULESET_IDS } from '../lib/enums.js';
import type { SecretBox } from '../lib/secret-box.js';
import { contractView, eventView, linkView, memberView } from '../lib/views.js';
import { checkContractFields, columnsOf } from './contracts.js';

export const EXPORT_FORMAT = 'supportlink-export';

/** An organisation's data as JSON. The Access ID and Contract ID are included only when asked. */
export async function exportOrg(
  db: Kysely<Database>,
  secrets: SecretBox,
  orgId: string,
  includeSecrets: boolean,
) {
  const org = await getOrg(db, orgId);
  if (!org) throw new Error(`no organisation ${orgId}`);
  const contracts = await listContractRows(db, orgId);
  const live = new Set(contracts.map((c) => c.id));
  const events = (await listEventsOfOrg(db, orgId)).filter((e) => live.has(e.contract_id));
  const links = await db
    .selectFrom('links')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted', '=', 0)
    .execute();
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    includesSecrets: includeSecrets,
    org: { id: org.id, name: org.name },
    members: (await listMembers(db, orgId)).map(memberView),
    contracts: contracts.map((r) => contractView(r, secrets, includeSecrets ? 'owner' : 'viewer')),
    events: events.map(eventView),
    links: links.map(linkView),
  };
}

const allot = z.union([z.number().int().min(0), z.literal('unlimited')]);
const ImportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  contracts: z.array(
    z.object({
      id: z.string().min(1).max(100),
      ruleset: z.enum(RULESET_IDS),
      offer: z.enum(OFFER_IDS),
      benefit: z.enum(BENEFITS),
      competency: z.enum(COMPETENCIES).nullable(),
      label: z.string().nullable(),
      accessId: z.string().nullable(),
      contractId: z.string().nullable(),
      startDate: z.string(),
      endDate: z.string(),
      startDateEstimated: z.boolean().optional(),
      allotmentOverride: allot.nullable(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string().min(1).max(100),
      contractId: z.string(),
      type: z.enum(EVENT_TYPES),
      at: z.string(),
      count: z.number().int().optional(),
      remaining: allot.optional(),
      delta: z.number().int().optional(),
      portal: z.enum(PORTAL_IDS).nullable().optional(),
      note: z.string().nullable().optional(),
    }),
  ),
  links: z.array(
    z.object({
      contractId: z.string(),
      portal: z.enum(PORTAL_IDS),
      account: z.string().min(1),
      linkedAt: z.string(),
    }),
  ),
});

export interface ImportResult {
  contracts: number;
  events: number;
  links: number;
  skipped: number;
}

/**
 * Imports an export into an existing organisation. Rows whose id already exists are skipped, so
 * importing the same file twice changes nothing. Each row is its own revision, so sync pages stay small.
 */
export async function importIntoOrg(
  db: Kysely<Database>,
  secrets: SecretBox,
  orgId: string,
  data: unknown,
  now: number,
): Promise<ImportResult> {
  const unstorable = findTextProblem(data);
  if (unstorable) {
    throw new Error(
      `the file cannot be imported: ${unstorable.field} contains text that cannot be stored (${unstorable.problem})`,
    );
  }
  const file = ImportFile.parse(data);
  if (!(await getOrg(db, orgId))) throw new Error(`no organisation ${orgId}`);
  const result: ImportResult = { contracts: 0, events: 0, links: 0, skipped: 0 };
  const known = new Set<string>();
  for (const c of file.contracts) {
    const fields = checkContractFields({
      ...c,
      accessId: c.accessId ?? '',
      contractId: c.contractId ?? '',
    });
    await orgWrite(db, orgId, async (trx, revision) => {
      if (await getContractRow(trx, orgId, c.id)) {
        result.skipped++;
        return;
      }
      await insertContract(trx, {
        org_id: orgId,
        id: c.id,
        ...columnsOf(orgId, c.id, fields, secrets),
        version: 1,
        created_at: now,
        updated_at: now,
        created_by: null,
        updated_by: null,
        deleted: 0,
        revision,
      });
      result.contracts++;
    });
    known.add(c.id);
  }
  for (const e of file.events) {
    await orgWrite(db, orgId, async (trx, revision) => {
      if (!known.has(e.contractId) || (await getEventRow(trx, orgId, e.id))) {
        result.skipped++;
        return;
      }
      await insertEvent(trx, {
        org_id: orgId,
        id: e.id,
        contract_id: e.contractId,
        type: e.type,
        at: Date.parse(e.at),
        count: e.type === 'opened' || e.type === 'refunded' ? (e.count ?? 1) : null,
        remaining: e.type === 'observed' && typeof e.remaining === 'number' ? e.remaining : null,
        remaining_unlimited: e.type === 'observed' && e.remaining === 'unlimited' ? 1 : 0,
        delta: e.type === 'adjusted' ? (e.delta ?? 0) : null,
        portal: e.portal ?? null,
        note: e.note ?? null,
        created_at: now,
        created_by: null,
        deleted: 0,
        revision,
      });
      result.events++;
    });
  }
  for (const l of file.links) {
    await orgWrite(db, orgId, async (trx, revision) => {
      if (!known.has(l.contractId) || (await findLink(trx, orgId, l.contractId, l.portal, l.account))) {
        result.skipped++;
        return;
      }
      await insertLink(trx, {
        org_id: orgId,
        id: randomUUID(),
        contract_id: l.contractId,
        portal: l.portal,
        account: l.account,
        linked_at: Date.parse(l.linkedAt),
        created_by: null,
        updated_at: now,
        deleted: 0,
        revision,
      });
      result.links++;
    });
  }
  await recordAudit(db, {
    orgId,
    at: now,
    actorId: null,
    action: 'org.import',
    targetType: 'org',
    targetId: orgId,
    detail: { ...result },
  });
  return result;
}
