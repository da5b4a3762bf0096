import type { StoredContract } from '../messaging/protocol';
import { newId } from './contracts';
import { pushQueueItem } from './items';
import type { PendingMutation } from './types';

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type MutationInput = Without<PendingMutation, 'id' | 'queuedAt' | 'attempts'>;

const isContractWrite = (m: { kind: PendingMutation['kind'] }) =>
  m.kind === 'contract:update' || m.kind === 'contract:create';

/**
 * Adds mutations; a contract update already waiting is not queued twice (the push sends the
 * newest state). An edit of a contract whose create or update the server refused sends it
 * again (the user changed what was refused); deleting a contract drops its refused changes.
 */
export async function enqueue(mutations: MutationInput[], now: number): Promise<void> {
  if (mutations.length === 0) return;
  // A copy: getValue() may hand out the shared fallback array.
  let queue = [...(await pushQueueItem.getValue())];
  for (const m of mutations) {
    if (m.kind === 'contract:delete') queue = withoutRefused(queue, m.contractId);
    const waiting = isContractWrite(m)
      ? queue.findIndex((q) => isContractWrite(q) && q.contractId === m.contractId)
      : -1;
    if (waiting >= 0) queue[waiting] = { ...queue[waiting]!, refused: null, attempts: 0 };
    if (m.kind === 'contract:update' && waiting >= 0) continue;
    queue.push({ ...m, id: newId(), queuedAt: now, attempts: 0 } as PendingMutation);
  }
  await pushQueueItem.setValue(queue);
}

/** A contract's refused changes; all of them when its create was refused (it never reached the server). */
function withoutRefused(queue: PendingMutation[], contractId: string): PendingMutation[] {
  const neverCreated = queue.some(
    (q) => q.contractId === contractId && q.kind === 'contract:create' && q.refused,
  );
  return queue.filter((q) => q.contractId !== contractId || !(q.refused || neverCreated));
}

/** Everything needed to bring a never-synced contract to the server. */
export function createMutations(contract: StoredContract): MutationInput[] {
  return [
    { kind: 'contract:create', contractId: contract.id },
    ...contract.events.map((e) => ({
      kind: 'event:append' as const,
      contractId: contract.id,
      eventId: e.id,
    })),
    ...contract.links.map((l) => ({
      kind: 'link:put' as const,
      contractId: contract.id,
      portal: l.portal,
      account: l.account,
    })),
  ];
}
