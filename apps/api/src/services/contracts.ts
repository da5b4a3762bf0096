import { type ContractInput, validateContract } from '@supportlink/rules';
import type { ContractsTable } from '../db/schema.js';
import { contractProblems } from '../errors.js';
import { idsUnreadable, readIds, storeIds } from '../lib/contract-ids.js';
import type { SecretBox } from '../lib/secret-box.js';

/** The editable fields of a contract, in API terms, with the IDs in plain text. */
export interface ContractFields {
  ruleset: ContractsTable['ruleset'];
  offer: ContractsTable['offer'];
  benefit: ContractsTable['benefit'];
  competency: ContractsTable['competency'];
  label: string | null;
  accessId: string;
  contractId: string;
  startDate: string;
  endDate: string;
  /** The start date was estimated from the end date with the contract term (nobody saw it). */
  startDateEstimated: boolean;
  allotmentOverride: number | 'unlimited' | null;
}

/** What a request may send: any values (the rules judge them); the ruleset may be left to `rulesetFor`. */
export type ContractFieldsInput = ContractInput & { label: string | null };

/**
 * The rules' `validateContract` decides (the same check the Options form, the capture and the
 * import make); its errors are the 400, one typed, localizable problem per field.
 */
export function checkContractFields(f: ContractFieldsInput): ContractFields {
  const checked = validateContract(f);
  if (!checked.ok) throw contractProblems(checked.problems);
  const v = checked.value;
  return {
    ruleset: v.ruleset,
    offer: v.offer,
    benefit: v.benefit,
    competency: v.competency,
    label: f.label,
    accessId: v.accessId,
    contractId: v.contractId,
    startDate: v.startDate,
    endDate: v.endDate,
    startDateEstimated: v.startDateEstimated,
    allotmentOverride: v.allotmentOverride,
  };
}

export function fieldsOfRow(row: ContractsTable, secrets: SecretBox): ContractFields {
  const ids = readIds(row, secrets);
  if (!ids) throw idsUnreadable();
  return {
    ruleset: row.ruleset,
    offer: row.offer,
    benefit: row.benefit,
    competency: row.competency,
    label: row.label,
    accessId: ids.accessId,
    contractId: ids.contractId,
    startDate: row.start_date,
    endDate: row.end_date,
    startDateEstimated: row.start_date_estimated === 1,
    allotmentOverride: row.allotment_override_unlimited ? 'unlimited' : row.allotment_override,
  };
}

/** Column values for the fields; the IDs are sealed when an encryption key is configured. */
export function columnsOf(orgId: string, id: string, f: ContractFields, secrets: SecretBox) {
  return {
    ruleset: f.ruleset,
    offer: f.offer,
    benefit: f.benefit,
    competency: f.competency,
    label: f.label,
    ...storeIds(orgId, id, f, secrets),
    start_date: f.startDate,
    end_date: f.endDate,
    start_date_estimated: f.startDateEstimated ? 1 : 0,
    allotment_override: f.allotmentOverride === 'unlimited' ? null : f.allotmentOverride,
    allotment_override_unlimited: f.allotmentOverride === 'unlimited' ? 1 : 0,
  };
}

export function sameFields(a: ContractFields, b: ContractFields): boolean {
  return (Object.keys(a) as (keyof ContractFields)[]).every((k) => a[k] === b[k]);
}

/** Names of changed fields, for the audit log (never the values of the IDs). */
export function changedFields(before: ContractFields, after: ContractFields): string[] {
  return (Object.keys(after) as (keyof ContractFields)[]).filter((k) => before[k] !== after[k]);
}
