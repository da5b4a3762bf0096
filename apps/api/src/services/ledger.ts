import type { Contract, IncidentEvent } from '@supportlink/rules';
import type { ContractsTable, EventsTable } from '../db/schema.js';

// Row → rules-package shapes. No counting happens here: contractState() in @supportlink/rules does that.

export function toRulesContract(row: ContractsTable): Contract {
  return {
    id: row.id,
    ruleset: row.ruleset,
    offer: row.offer,
    benefit: row.benefit,
    competency: row.competency,
    startDate: row.start_date,
    endDate: row.end_date,
    startDateEstimated: row.start_date_estimated === 1,
    allotmentOverride: row.allotment_override_unlimited ? 'unlimited' : row.allotment_override,
    label: row.label,
  };
}

export function toRulesEvent(row: EventsTable): IncidentEvent {
  switch (row.type) {
    case 'observed':
      return {
        id: row.id,
        type: 'observed',
        at: row.at,
        remaining: row.remaining_unlimited ? 'unlimited' : (row.remaining ?? 0),
        portal: row.portal,
      };
    case 'adjusted':
      return { id: row.id, type: 'adjusted', at: row.at, delta: row.delta ?? 0, note: row.note };
    default:
      return { id: row.id, type: row.type, at: row.at, count: row.count ?? 1, note: row.note };
  }
}
