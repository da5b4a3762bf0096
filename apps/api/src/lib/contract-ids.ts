import type { ContractsTable } from '../db/schema.js';
import { conflict } from '../errors.js';
import { hasSealedShape, type SecretBox, SecretUnavailableError } from './secret-box.js';

/** Associated data for a sealed ID: binds it to its organisation, contract and column. */
export const secretContext = (orgId: string, contractRowId: string, field: 'access_id' | 'contract_id') =>
  `${orgId}/${contractRowId}/${field}`;

export interface PlainIds {
  accessId: string;
  contractId: string;
}

type IdColumns = Pick<ContractsTable, 'access_id' | 'contract_id' | 'ids_sealed'>;

/** Column values for the two IDs: sealed (and flagged) when a key is configured, plain otherwise. */
export function storeIds(orgId: string, id: string, ids: PlainIds, secrets: SecretBox): IdColumns {
  if (!secrets.encrypting || ids.accessId === '' || ids.contractId === '')
    return { access_id: ids.accessId, contract_id: ids.contractId, ids_sealed: 0 };
  return {
    access_id: secrets.seal(ids.accessId, secretContext(orgId, id, 'access_id')),
    contract_id: secrets.seal(ids.contractId, secretContext(orgId, id, 'contract_id')),
    ids_sealed: 1,
  };
}

/**
 * The plain IDs of a row, or null when they are ciphertext this server cannot open (no key, another
 * key, damaged value). Whatever a client stored is returned as stored unless the row's flag says
 * the server sealed it, so no text a user types is ever taken for ciphertext.
 */
export function readIds(row: Pick<ContractsTable, 'org_id' | 'id'> & IdColumns, secrets: SecretBox) {
  if (!row.ids_sealed) return { accessId: row.access_id, contractId: row.contract_id };
  if (!hasSealedShape(row.access_id) || !hasSealedShape(row.contract_id)) return null;
  try {
    return {
      accessId: secrets.open(row.access_id, secretContext(row.org_id, row.id, 'access_id')),
      contractId: secrets.open(row.contract_id, secretContext(row.org_id, row.id, 'contract_id')),
    };
  } catch (error) {
    if (error instanceof SecretUnavailableError) return null;
    throw error;
  }
}

/** For changes that need the current IDs of a row whose IDs cannot be decrypted. */
export const idsUnreadable = () =>
  conflict(
    'ids-unreadable',
    "This contract's Access ID and Contract ID are encrypted with a key this server does not have " +
      '(SUPPORTLINK_ENCRYPTION_KEY missing or different). Configure the key that encrypted them, or delete the contract.',
  );
