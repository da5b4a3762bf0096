/**
 * Why a sync run failed, as the user needs to hear it: "Offline" only when this browser is; a
 * server that cannot be reached, one that did not answer in time, one that answered with an
 * error and one that asked to slow down are different situations with different remedies.
 */
import { ApiError } from './api-client';

export type SyncFailureKind =
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'server'
  | 'rate-limited'
  | 'forbidden'
  | 'not-found'
  | 'other';

export interface SyncFailure {
  kind: SyncFailureKind;
  /** The HTTP status when the server answered (0 when it did not). */
  status: number;
}

/** Failures that pass by themselves: the engine retries them with backoff. */
const TRANSIENT: ReadonlySet<SyncFailureKind> = new Set([
  'offline',
  'unreachable',
  'timeout',
  'server',
  'rate-limited',
]);

export function isTransient(failure: SyncFailure): boolean {
  return TRANSIENT.has(failure.kind);
}

/** `online` is the browser's own view (navigator.onLine); false means the device has no network. */
export function failureOf(error: unknown, online: boolean): SyncFailure {
  if (!(error instanceof ApiError)) return { kind: 'other', status: 0 };
  switch (error.kind) {
    case 'offline':
      if (!online) return { kind: 'offline', status: 0 };
      return { kind: error.code === 'timeout' ? 'timeout' : 'unreachable', status: 0 };
    case 'server':
      return { kind: 'server', status: error.status };
    case 'rate-limited':
      return { kind: 'rate-limited', status: error.status };
    case 'forbidden':
      return { kind: 'forbidden', status: error.status };
    case 'not-found':
      return { kind: 'not-found', status: error.status };
    default:
      return { kind: 'other', status: error.status };
  }
}

/** The browser's network state; a worker without `navigator` counts as online. */
export function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}
