import { validateContract } from '@supportlink/rules';
import type { ContractFieldName, ContractFields } from '../storage/types';
import { CONTRACT_FIELDS } from '../storage/types';

export interface MergeResult {
  fields: ContractFields;
  /** Our edits to send again on top of the server's version. */
  changed: Partial<ContractFields>;
  /** Fields both sides changed differently; the server's value is kept and the user is told. */
  conflicts: ContractFieldName[];
}

/**
 * Three-way merge of one contract after a 412: `base` is what we last saw from the
 * server, `local` our unsynced edit, `server` the version that beat us. Field by field, then
 * the rules judge the whole: a mix the rules refuse (our offer with their ruleset, our end date
 * before their start date…) is not sent — the server's version stands and our fields are conflicts.
 */
export function mergeContract(
  base: ContractFields,
  local: ContractFields,
  server: ContractFields,
): MergeResult {
  const fields = { ...server };
  const changed: Partial<ContractFields> = {};
  const conflicts: ContractFieldName[] = [];
  for (const name of CONTRACT_FIELDS) {
    // A base queued before `startDateEstimated` existed lacks it: it was false then.
    const empty = name === 'startDateEstimated' ? false : null;
    const ours = local[name] ?? empty;
    const theirs = server[name] ?? empty;
    const before = base[name] ?? empty;
    if (ours === before || ours === theirs) continue;
    if (theirs !== before) {
      conflicts.push(name);
      continue;
    }
    Object.assign(fields, { [name]: ours });
    Object.assign(changed, { [name]: ours });
  }
  const ourNames = Object.keys(changed) as ContractFieldName[];
  if (ourNames.length > 0 && !validateContract(fields).ok && validateContract(server).ok) {
    return { fields: { ...server }, changed: {}, conflicts: [...conflicts, ...ourNames] };
  }
  return { fields, changed, conflicts };
}
