import { t } from '../../i18n';
import type { SyncStatus } from '../../messaging/protocol';
import { relativeTime } from './format';

export function syncText(status: SyncStatus | null, now: number): string {
  if (!status || status.mode === 'local') return t('sync.local');
  switch (status.state) {
    case 'syncing':
      return t('sync.syncing');
    case 'offline':
      return t('sync.offline', { pending: status.pending });
    case 'unauthorized':
      return t('sync.unauthorized');
    case 'error':
      return status.message === 'not-configured'
        ? t('sync.notConfigured')
        : t('sync.error', { message: status.message ?? '' });
    default: {
      const synced = status.lastSyncAt
        ? t('sync.idle', { time: relativeTime(status.lastSyncAt, now) })
        : t('sync.never');
      return status.pending > 0 ? `${synced} · ${t('sync.pending', { pending: status.pending })}` : synced;
    }
  }
}
