import { useState } from 'preact/hooks';
import type { AlertsApi, FiredAlert } from '../api/alerts';
import { hrefOf } from '../app/route';
import { useLoad } from '../app/use-load';
import { ErrorNotice } from '../components/ErrorNotice';
import { errorText } from '../components/errors';
import { LoadError } from '../components/LoadError';
import { Table } from '../components/Table';
import { formatInstant, t } from '../i18n';

function deliveryText(a: FiredAlert): string {
  const d = a.deliveries;
  const parts = [
    d.delivered ? t('fired.delivered', { n: d.delivered }) : '',
    d.pending ? t('fired.pending', { n: d.pending }) : '',
    d.failed ? t('fired.failed', { n: d.failed }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('fired.notSent');
}

/** The warnings holding now (fired and not cleared), each linking to its contract; "Check now" re-evaluates. */
export function FiredAlerts({ alerts, announce }: { alerts: AlertsApi; announce(text: string): void }) {
  const [load, reload] = useLoad(() => alerts.fired({ active: true }), [alerts]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await alerts.evaluate();
      announce(t('fired.checked', { fired: r.fired, cleared: r.cleared }));
      reload();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const rows = load.data?.alerts ?? [];
  return (
    <>
      <div class="screen-head">
        <h3 id="fired-title">{t('fired.title')}</h3>
        <button type="button" onClick={check} disabled={busy}>
          {busy ? t('fired.checking') : t('fired.check')}
        </button>
      </div>
      <ErrorNotice text={error} />
      {load.status === 'error' && <LoadError error={load.error} retry={reload} />}
      {load.data && rows.length === 0 && <p class="empty">{t('fired.none')}</p>}
      {rows.length > 0 && (
        <Table
          caption={t('fired.title')}
          testId="fired-alerts"
          rows={rows}
          rowKey={(a) => a.id}
          columns={[
            {
              label: t('fired.col.alert'),
              rowHeader: true,
              cell: (a) => (
                <>
                  <a href={hrefOf({ name: 'contract', id: a.contractId })}>{a.title}</a>
                  <span class="sub">{a.text}</span>
                </>
              ),
            },
            { label: t('fired.col.since'), cell: (a) => formatInstant(a.firedAt) },
            { label: t('fired.col.sent'), cell: deliveryText },
          ]}
        />
      )}
    </>
  );
}
