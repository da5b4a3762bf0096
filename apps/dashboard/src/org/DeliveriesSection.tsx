import { useMemo } from 'preact/hooks';
import { alertsApi, type Delivery } from '../api/alerts';
import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { usePages } from '../app/use-pages';
import { Badge } from '../components/Badge';
import { LoadError } from '../components/LoadError';
import { MorePages } from '../components/MorePages';
import { Table } from '../components/Table';
import { formatInstant, formatNumber, t } from '../i18n';

function outcome(d: Delivery): string {
  if (d.status === 'delivered') return '';
  if (d.gaveUp) return t('deliveries.gaveUp');
  if (d.nextAttemptAt) return t('deliveries.retryAt', { time: formatInstant(d.nextAttemptAt) });
  return '';
}

/** Every delivery attempt, newest first: which channel, alert or test, status and what the far end said. */
export function DeliveriesSection({ session }: ScreenProps) {
  const alerts = useMemo(() => alertsApi(session.api), [session.api]);
  const log = usePages(
    async (before) => {
      const page = await alerts.deliveries(before);
      return { rows: page.deliveries, next: page.next };
    },
    [alerts],
  );
  // Titles of recent alerts, so a row says which warning it carried; without them it still reads.
  const [titles] = useLoad(
    async () => new Map((await alerts.fired({ limit: 200 })).alerts.map((a) => [a.id, a.title])),
    [alerts],
  );

  return (
    <>
      <div class="screen-head">
        <h2>{t('deliveries.title')}</h2>
        <button type="button" onClick={log.refresh}>
          {t('action.refresh')}
        </button>
      </div>
      <p class="muted">{t('deliveries.intro')}</p>
      {log.first.status === 'error' && <LoadError error={log.first.error} retry={log.reload} />}
      {log.first.data && log.rows.length === 0 && <p class="empty">{t('deliveries.empty')}</p>}
      {log.rows.length > 0 && (
        <Table
          caption={t('deliveries.title')}
          testId="deliveries"
          rows={log.rows}
          rowKey={(d) => d.id}
          columns={[
            { label: t('deliveries.col.when'), cell: (d) => formatInstant(d.at) },
            { label: t('deliveries.col.channel'), cell: (d) => d.channelName ?? t('deliveries.removed') },
            {
              label: t('deliveries.col.what'),
              cell: (d) =>
                d.test ? (
                  t('deliveries.test')
                ) : (
                  <>
                    {(d.alertId && titles.data?.get(d.alertId)) || t('deliveries.anAlert')}
                    <span class="sub">{t('deliveries.attempt', { attempt: formatNumber(d.attempt) })}</span>
                  </>
                ),
            },
            {
              label: t('deliveries.col.status'),
              cell: (d) => (
                <Badge tone={d.status === 'delivered' ? 'ok' : 'bad'}>
                  {t(d.status === 'delivered' ? 'deliveries.delivered' : 'deliveries.failed')}
                </Badge>
              ),
            },
            {
              label: t('deliveries.col.detail'),
              wide: true,
              cell: (d) => (
                <>
                  <span class="break">{d.detail}</span>
                  <span class="sub">
                    {[t('deliveries.took', { ms: formatNumber(d.durationMs) }), outcome(d)]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </>
              ),
            },
          ]}
        />
      )}
      <MorePages log={log} />
    </>
  );
}
