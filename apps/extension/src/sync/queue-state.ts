/**
 * What the push queue means for the user: which change goes next, which are held (refused by
 * the server, or waiting behind a refused create of the same contract), and per contract the
 * marks its card shows. Pure functions over the queue; the engine and the background ask here.
 */
import type { ContractSyncMark, PendingMutation } from '../storage/types';

/** Contracts whose create was refused: nothing else of theirs can reach the server yet. */
function blockedContracts(queue: readonly PendingMutation[]): Set<string> {
  return new Set(queue.filter((m) => m.kind === 'contract:create' && m.refused).map((m) => m.contractId));
}

function heldIn(blocked: Set<string>) {
  return (m: PendingMutation): boolean => Boolean(m.refused) || blocked.has(m.contractId);
}

/** The changes that may be sent now, oldest first. */
export function waitingChanges(queue: readonly PendingMutation[]): PendingMutation[] {
  const held = heldIn(blockedContracts(queue));
  return queue.filter((m) => !held(m));
}

export function nextToSend(queue: readonly PendingMutation[]): PendingMutation | undefined {
  return waitingChanges(queue)[0];
}

export interface QueueSummary {
  /** Changes waiting to be sent. */
  pending: number;
  /** Changes refused, or held behind a refused create. */
  held: number;
  /** Most attempts any waiting change has had. */
  attempts: number;
  /** Contracts with a refused change, oldest refusal first. */
  refusedContractIds: string[];
}

export function summarizeQueue(queue: readonly PendingMutation[]): QueueSummary {
  const held = heldIn(blockedContracts(queue));
  const waiting = queue.filter((m) => !held(m));
  const refused = queue
    .filter((m) => m.refused)
    .sort((a, b) => (a.refused?.at ?? 0) - (b.refused?.at ?? 0))
    .map((m) => m.contractId);
  return {
    pending: waiting.length,
    held: queue.length - waiting.length,
    attempts: Math.max(0, ...waiting.map((m) => m.attempts)),
    refusedContractIds: [...new Set(refused)],
  };
}

/** Per contract: what is waiting, how often it was tried, and the first refusal. */
export function syncMarks(queue: readonly PendingMutation[]): Map<string, ContractSyncMark> {
  const held = heldIn(blockedContracts(queue));
  const marks = new Map<string, ContractSyncMark>();
  for (const m of queue) {
    const mark = marks.get(m.contractId) ?? { pending: 0, attempts: 0, refusal: null, held: 0 };
    if (held(m)) mark.held++;
    else {
      mark.pending++;
      mark.attempts = Math.max(mark.attempts, m.attempts);
    }
    if (m.refused && !mark.refusal) mark.refusal = { ...m.refused, kind: m.kind };
    marks.set(m.contractId, mark);
  }
  return marks;
}
