/** The API's records in the shapes @supportlink/rules computes with. */
import type { Contract, IncidentEvent } from '@supportlink/rules';
import type { ContractRecord, LedgerEvent } from '../api/types';

export function toRulesContract(c: ContractRecord): Contract {
  return {
    id: c.id,
    ruleset: c.ruleset,
    offer: c.offer,
    benefit: c.benefit,
    competency: c.competency,
    startDate: c.startDate,
    endDate: c.endDate,
    allotmentOverride: c.allotmentOverride,
    label: c.label,
  };
}

export function toRulesEvent(e: LedgerEvent): IncidentEvent {
  const at = Date.parse(e.at);
  switch (e.type) {
    case 'observed':
      return { id: e.id, type: 'observed', at, remaining: e.remaining, portal: e.portal };
    case 'adjusted':
      return { id: e.id, type: 'adjusted', at, delta: e.delta, note: e.note };
    default:
      return { id: e.id, type: e.type, at, count: e.count, note: e.note };
  }
}
