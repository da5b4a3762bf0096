import { t } from '../../i18n';
import type { SyncStatus } from '../../messaging/protocol';
import { relativeTime } from './format';
import { plural } from './wording';

/** A contract's display name by id, or null when it is not in this browser any more. */
export type NameOf = (contractId: string) => string | null;

/**
 * One line about the team server. It says "Synced" only when nothing is waiting or refused:
 * a refused change names the contract to look at, waiting changes are counted, attempts shown.
 */
export function syncText(status: SyncStatus | null, now: number, nameOf?: NameOf): string {
  if (!status || status.mode === 'local') return t('sync.local');
  const refused = refusedText(status, nameOf);
  const main = mainText(status, now, refused !== null);
  return [main, refused].filter(Boolean).join(' · ');
}

function mainText(status: SyncStatus, now: number, refused: boolean): string | null {
  switch (status.state) {
    case 'syncing':
      return t('sync.syncing');
    case 'offline':
      return retryingText(status);
    case 'unauthorized':
      return t('sync.unauthorized');
    case 'error':
      if (status.message === 'not-configured') return t('sync.notConfigured');
      return t('sync.error', { message: failureText(status) });
    default:
      if (status.pending > 0) return plural('sync.waiting', status.pending);
      if (refused) return null;
      return status.lastSyncAt
        ? t('sync.idle', { time: relativeTime(status.lastSyncAt, now) })
        : t('sync.never');
  }
}

/** "The team server did not answer in time: 3 changes waiting, retrying automatically (attempt 2)". */
function retryingText(status: SyncStatus): string {
  const attempts = status.attempts ?? 0;
  const retry = attempts > 0 ? t('sync.retryingAttempt', { attempts }) : t('sync.retrying');
  const why = failureText(status);
  return status.pending > 0
    ? t('sync.failedWaiting', { why, waiting: plural('sync.waiting', status.pending), retry })
    : t('sync.failedRetrying', { why, retry });
}

/** Why the last run failed, in the UI language; the server's own words only when nothing fits. */
function failureText(status: SyncStatus): string {
  const failure = status.failure;
  switch (failure?.kind) {
    case 'offline':
      return t('sync.why.offline');
    case 'unreachable':
      return t('sync.why.unreachable');
    case 'timeout':
      return t('sync.why.timeout');
    case 'server':
      return t('sync.why.server', { status: failure.status });
    case 'rate-limited':
      return t('sync.why.rateLimited');
    case 'forbidden':
      return t('refusal.forbidden');
    case 'not-found':
      return t('sync.why.notFound');
    default:
      // Older stored states carry no failure: an 'offline' state then meant "not reachable".
      if (status.state === 'offline') return t('sync.why.unreachable');
      return status.message && status.message !== 'unexpected-error'
        ? status.message
        : t('sync.why.unexpected');
  }
}

/** Without `nameOf` (a page that has no contract list at hand) it points at the list instead. */
function refusedText(status: SyncStatus, nameOf: NameOf | undefined): string | null {
  const count = status.refused ?? 0;
  if (count === 0) return null;
  if (!nameOf) return plural('sync.refused', count, { name: t('sync.theList') });
  const ids = status.refusedContractIds ?? [];
  const first = ids[0] === undefined ? null : nameOf(ids[0]);
  const name = first ?? t('sync.deletedContract');
  const shown = ids.length > 1 ? t('sync.refusedAndMore', { name, more: ids.length - 1 }) : name;
  return plural('sync.refused', count, { name: shown });
}
