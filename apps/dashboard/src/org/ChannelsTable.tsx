import { useState } from 'preact/hooks';
import type { AlertChannel, AlertsApi, TestResult } from '../api/alerts';
import { useAction } from '../app/use-action';
import { ConfirmRemove } from '../components/ConfirmRemove';
import { ErrorNotice } from '../components/ErrorNotice';
import { errorText } from '../components/errors';
import { Table } from '../components/Table';
import { formatInstant, type MessageKey, t } from '../i18n';

function target(c: AlertChannel): string {
  if (c.webhook) return `${t(`alerts.format.${c.webhook.format}` as MessageKey)} · ${c.webhook.urlHint}`;
  if (c.email) return `${c.email.to.join(', ')} · ${c.email.host}:${c.email.port}`;
  return '';
}

/** Where alerts go: each channel's target (secrets only as a hint), its last delivery, and actions. */
export function ChannelsTable({
  alerts,
  channels,
  reload,
  announce,
}: {
  alerts: AlertsApi;
  channels: AlertChannel[];
  reload(): void;
  announce(text: string): void;
}) {
  const [results, setResults] = useState<Record<string, TestResult | string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { error, setError, act } = useAction(announce, reload);

  const test = async (c: AlertChannel) => {
    setBusy(c.id);
    setError(null);
    try {
      const r = await alerts.test(c.id);
      setResults((o) => ({ ...o, [c.id]: r }));
      announce(t(r.ok ? 'alerts.testOk' : 'alerts.testFailed', { name: c.name, detail: r.detail }));
    } catch (err) {
      setResults((o) => ({ ...o, [c.id]: errorText(err) }));
      announce(errorText(err));
    } finally {
      setBusy(null);
      reload();
    }
  };

  const resultOf = (c: AlertChannel) => {
    const r = results[c.id];
    if (r === undefined) return null;
    if (typeof r === 'string') return <span class="sub bad-text">{r}</span>;
    return (
      <span class={`sub ${r.ok ? 'ok-text' : 'bad-text'}`} data-testid="test-result">
        {t(r.ok ? 'alerts.testOk' : 'alerts.testFailed', { name: c.name, detail: r.detail })}
      </span>
    );
  };

  return (
    <>
      <ErrorNotice text={error} />
      <Table
        caption={t('alerts.channels')}
        testId="channels"
        rows={channels}
        rowKey={(c) => c.id}
        columns={[
          {
            label: t('alerts.col.name'),
            rowHeader: true,
            cell: (c) => (
              <>
                {c.name}
                {!c.enabled && <span class="sub">{t('alerts.paused')}</span>}
              </>
            ),
          },
          { label: t('alerts.col.target'), wide: true, cell: (c) => <span class="break">{target(c)}</span> },
          {
            label: t('alerts.col.last'),
            cell: (c) =>
              c.lastDelivery
                ? t(c.lastDelivery.status === 'delivered' ? 'alerts.lastOk' : 'alerts.lastFailed', {
                    time: formatInstant(c.lastDelivery.at),
                  })
                : t('alerts.lastNone'),
          },
          {
            label: t('members.col.actions'),
            wide: true,
            cell: (c) => (
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  disabled={busy === c.id}
                  onClick={() => test(c)}
                  aria-label={t('alerts.testWho', { name: c.name })}
                >
                  {busy === c.id ? t('alerts.testing') : t('alerts.test')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    act(
                      () => alerts.setEnabled(c.id, !c.enabled),
                      t(c.enabled ? 'alerts.pausedWho' : 'alerts.resumedWho', { name: c.name }),
                    )
                  }
                  aria-label={t(c.enabled ? 'alerts.pauseWho' : 'alerts.resumeWho', { name: c.name })}
                >
                  {t(c.enabled ? 'alerts.pause' : 'alerts.resume')}
                </button>
                <ConfirmRemove
                  asking={confirming === c.id}
                  setAsking={(asking) => setConfirming(asking ? c.id : null)}
                  remove={() => act(() => alerts.removeChannel(c.id), t('alerts.removed', { name: c.name }))}
                  askLabel={t('alerts.removeWho', { name: c.name })}
                  confirmLabel={t('alerts.confirmRemove', { name: c.name })}
                />
                {resultOf(c)}
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
