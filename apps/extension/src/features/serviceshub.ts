/**
 * Services Hub "Support for business" and Engage Center (on-premises support): fill
 * "Add contract" with the eligible on-premises contract, and read the plans list so the
 * popup shows the portal's own remaining count (an `observed` event, sent only on change).
 */
import {
  type Benefit,
  benefitForPage,
  newestObservation,
  type PageId,
  portalForPage,
  portalOfHost,
} from '@supportlink/rules';
import type { ContractView } from '../messaging/protocol';
import { loadContracts } from './contracts';
import { watchLinkForms } from './link-form';
import { type PlanRow, readPlanRows } from './plans-list';
import { throttle } from './throttle';
import type { Feature } from './types';

export const ID = 'serviceshub';
const READ_INTERVAL_MS = 1000;

/** The stored contract (of the page's benefit) a plan row is about, or null when unsure. */
export function matchContract(
  row: PlanRow,
  rows: PlanRow[],
  contracts: ContractView[],
  benefit: Benefit | null,
): ContractView | null {
  const ofBenefit = contracts.filter((c) => c.benefit === benefit);
  // Services Hub lists the contract number with each plan: the surest match.
  const byId = ofBenefit.filter((c) => c.contractId.length >= 4 && row.text.includes(c.contractId));
  if (byId.length === 1) return byId[0]!;
  const byDates = ofBenefit.filter((c) => c.startDate === row.start && c.endDate === row.end);
  if (byDates.length === 1) return byDates[0]!;
  const byEnd = row.end ? ofBenefit.filter((c) => c.endDate === row.end) : [];
  if (byEnd.length === 1 && !row.start) return byEnd[0]!;
  const byLabel = ofBenefit.filter((c) => c.label && row.text.includes(c.label));
  if (byLabel.length === 1) return byLabel[0]!;
  if (
    ofBenefit.length === 1 &&
    rows.length === 1 &&
    byDates.length === 0 &&
    !contradicts(row, ofBenefit[0]!)
  ) {
    return ofBenefit[0]!;
  }
  return null;
}

/** A row whose dates are known and differ from the contract's is another plan. */
function contradicts(row: PlanRow, contract: ContractView): boolean {
  return (!!row.start && row.start !== contract.startDate) || (!!row.end && row.end !== contract.endDate);
}

export const servicesHub: Feature = {
  id: ID,
  matches: (page, url) =>
    page === 'serviceshub-support-for-business' ||
    page === 'engagecenter-help-support' ||
    portalOfHost(url.hostname) === 'serviceshub' ||
    portalOfHost(url.hostname) === 'engagecenter',
  init(ctx, signal, services) {
    const doc = ctx.document;
    const engage =
      ctx.page === 'engagecenter-help-support' || portalOfHost(ctx.url.hostname) === 'engagecenter';
    const page: PageId = engage ? 'engagecenter-help-support' : 'serviceshub-support-for-business';
    const portal = portalForPage(page);
    const benefit = benefitForPage(page);
    watchLinkForms(ctx, signal, services, { featureId: ID, page, recordLinksFor: portal });

    const sent = new Map<string, string>();
    let contracts: Promise<ContractView[] | null> | null = null;
    const read = async () => {
      const rows = readPlanRows(services.hub.roots(), doc.documentElement.lang || null);
      if (!rows.length) return;
      contracts ??= loadContracts(services, ID);
      const list = await contracts;
      if (!list) {
        contracts = null; // logged; the next change on the page tries again
        return;
      }
      for (const row of rows) {
        const contract = matchContract(row, rows, list, benefit);
        if (!contract || row.remaining === null) continue;
        const value = String(row.remaining);
        const previous =
          sent.get(contract.id) ?? String(newestObservation(contract.events)?.remaining ?? null);
        if (previous === value) continue;
        sent.set(contract.id, value);
        await services.send('events:append', {
          contractId: contract.id,
          event: { type: 'observed', remaining: row.remaining, portal },
        });
      }
    };
    const run = () => void read().catch((error: unknown) => services.log(ID, 'reading plans failed', error));
    services.hub.subscribe(throttle(run, READ_INTERVAL_MS, signal), signal);
    run();
  },
};
