import type { Kysely } from 'kysely';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { insertContract } from '../src/db/repos/contracts.js';
import type { Database, EventsTable } from '../src/db/schema.js';
import { createOrgWithOwner } from '../src/services/orgs.js';

export interface SeededOrg {
  orgId: string;
  token: string;
  contractIds: string[];
}

const DAY = 86_400_000;

/** Writes an organisation with `contracts` contracts and `events` events spread over them, in bulk. */
async function seedOrg(
  db: Kysely<Database>,
  name: string,
  contracts: number,
  events: number,
): Promise<SeededOrg> {
  const now = Date.now();
  const org = await createOrgWithOwner(db, { orgName: name, ownerName: 'bench', now });
  const contractIds: string[] = [];
  await db.transaction().execute(async (trx) => {
    let revision = 0;
    for (let i = 0; i < contracts; i++) {
      const id = `${name}-c${i}`;
      contractIds.push(id);
      await insertContract(trx, {
        org_id: org.orgId,
        id,
        ruleset: 'mpn-2021',
        offer: i % 2 ? 'gold' : 'silver',
        benefit: i % 3 ? 'on-premises' : 'cloud',
        competency: i % 3 ? null : 'other',
        label: `contract ${i}`,
        access_id: `ACCESS-${i}`,
        contract_id: `CONTRACT-${i}`,
        ids_sealed: 0,
        start_date: '2026-01-01',
        end_date: '2027-12-31',
        start_date_estimated: 0,
        allotment_override: null,
        allotment_override_unlimited: 0,
        version: 1,
        created_at: now,
        updated_at: now,
        created_by: null,
        updated_by: null,
        deleted: 0,
        revision: ++revision,
      });
    }
    const batch: EventsTable[] = [];
    const flush = async () => {
      if (batch.length) await trx.insertInto('events').values(batch).execute();
      batch.length = 0;
    };
    for (let i = 0; i < events; i++) {
      batch.push({
        org_id: org.orgId,
        id: `${name}-e${i}`,
        contract_id: contractIds[i % contracts] as string,
        type: i % 7 === 6 ? 'refunded' : 'opened',
        at: now - (events - i) * 1000 - 30 * DAY,
        count: 1,
        remaining: null,
        remaining_unlimited: 0,
        delta: null,
        portal: null,
        note: null,
        created_at: now,
        created_by: null,
        deleted: 0,
        revision: ++revision,
      });
      if (batch.length === 500) await flush();
    }
    await flush();
    await trx.updateTable('orgs').set({ revision }).where('id', '=', org.orgId).execute();
  });
  return { orgId: org.orgId, token: org.token, contractIds };
}

export async function seed(file: string, largeEvents = 100_000) {
  const db = connect({ kind: 'sqlite', path: file });
  await migrateToLatest(db);
  const small = await seedOrg(db.kysely, 'ten-events', 1, 10);
  const large = await seedOrg(db.kysely, 'hundred-k-events', 20, largeEvents);
  const twenty = await seedOrg(db.kysely, 'twenty-contracts', 20, 60);
  const appends = await seedOrg(db.kysely, 'appends', 1, 0);
  await db.close();
  return { small, large, twenty, appends };
}
