import type { StoredContract } from '../messaging/protocol';
import { newId } from './contracts';
import { pushQueueItem } from './items';
import type { PendingMutation } from './types';

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type MutationInput = Without<PendingMutation, 'id' | 'queuedAt' | 'attempts'>;

/** Adds mutations; a contract update already waiting is not queued twice (the push sends the newest state). */
export async function enqueue(mutations: MutationInput[], now: number): Promise<void> {
  if (mutations.length === 0) return;
  // A copy: getValue() may hand out the shared fallback array.
  const queue = [...(await pushQueueItem.getValue())];
  for (const m of mutations) {
    const waiting =
      (m.kind === 'contract:update' || m.kind === 'contract:create') &&
      queue.some(
        (q) =>
          (q.kind === 'contract:update' || q.kind === 'contract:create') && q.contractId === m.contractId,
      );
    if (m.kind === 'contract:update' && waiting) continue;
    queue.push({ ...m, id: newId(), queuedAt: now, attempts: 0 } as PendingMutation);
  }
  await pushQueueItem.setValue(queue);
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
