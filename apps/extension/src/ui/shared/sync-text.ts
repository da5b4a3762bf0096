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
  const attempts = status.attempts ?? 0;
  switch (status.state) {
    case 'syncing':
      return t('sync.syncing');
    case 'offline':
      return attempts > 0
        ? t('sync.offlineAttempt', { pending: status.pending, attempt: t('sync.attempt', { attempts }) })
        : t('sync.offline', { pending: status.pending });
    case 'unauthorized':
      return t('sync.unauthorized');
    case 'error':
      return status.message === 'not-configured'
        ? t('sync.notConfigured')
        : t('sync.error', { message: status.message ?? '' });
    default:
      if (status.pending > 0) return plural('sync.waiting', status.pending);
      if (refused) return null;
      return status.lastSyncAt
        ? t('sync.idle', { time: relativeTime(status.lastSyncAt, now) })
        : t('sync.never');
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
