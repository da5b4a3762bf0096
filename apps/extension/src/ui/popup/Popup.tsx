import type { UiLocale } from '@supportlink/rules';
import { useEffect, useState } from 'preact/hooks';
import { resolveLocale, setLocale, t } from '../../i18n';
import type { ContractView, SyncStatus } from '../../messaging/protocol';
import type { HostAccess } from '../../permissions/host-access';
import type { PopupCache } from '../../storage/items';
import { HostAccessNotice } from '../shared/HostAccessNotice';
import { LiveRegion } from '../shared/LiveRegion';
import { syncText } from '../shared/sync-text';
import type { PopupApi } from './api';
import { ContractCard, contractName } from './ContractCard';
import { EmptyState } from './EmptyState';

export interface PopupProps {
  initial: PopupCache | null;
  browserLanguage: string;
  api: PopupApi;
  now?: () => number;
  /** Portal site access (tests pass a fake). */
  hostAccess?: HostAccess;
}

/** Usable contracts first, then by fewest incidents left, then by nearest end date. */
function order(list: ContractView[]): ContractView[] {
  const rank = (r: ContractView['state']['remaining']) => (r === 'unlimited' ? Number.POSITIVE_INFINITY : r);
  return [...list].sort(
    (a, b) =>
      Number(b.state.usable) - Number(a.state.usable) ||
      rank(a.state.remaining) - rank(b.state.remaining) ||
      a.endDate.localeCompare(b.endDate),
  );
}

export function Popup({ initial, browserLanguage, api, now = Date.now, hostAccess }: PopupProps) {
  const [contracts, setContracts] = useState<ContractView[] | null>(initial?.contracts ?? null);
  const [status, setStatus] = useState<SyncStatus | null>(initial?.status ?? null);
  const [language] = useState<UiLocale | null>(initial?.language ?? null);
  const [announcement, setAnnouncement] = useState('');
  setLocale(resolveLocale(language, browserLanguage));

  useEffect(() => {
    let alive = true;
    const refresh = async () => {
      const list = await api.list();
      if (alive) setContracts(list);
    };
    (async () => {
      if (!initial) await refresh().catch(() => alive && setContracts([]));
      if (!initial?.status) setStatus(await api.status().catch(() => null));
      const synced = await api.sync().catch(() => null);
      if (!alive) return;
      if (synced) setStatus(synced);
      await refresh().catch(() => undefined);
    })();
    return () => {
      alive = false;
    };
  }, [api, initial]);

  const announce = (message: string) => {
    // Clear first so repeating the same message is announced again.
    setAnnouncement('');
    setTimeout(() => setAnnouncement(message), 50);
  };

  const act = async (c: ContractView, type: 'opened' | 'refunded') => {
    try {
      const updated = await api.append(c.id, type);
      setContracts((list) => (list ?? []).map((x) => (x.id === updated.id ? updated : x)));
      announce(t(type === 'opened' ? 'popup.logged' : 'popup.refunded', { name: contractName(c) }));
    } catch (error) {
      announce(t('popup.actionFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const actions = {
    copy: (text: string) => {
      void api.copy(text).then((ok) => announce(ok ? t('popup.copied') : t('popup.copyFailed')));
    },
    log: (c: ContractView) => void act(c, 'opened'),
    refund: (c: ContractView) => void act(c, 'refunded'),
  };

  const at = now();
  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup-head">
        <h1 id="popup-title">{t('popup.title')}</h1>
        <button type="button" onClick={() => api.openOptions()}>
          {t('popup.openOptions')}
        </button>
      </header>
      <HostAccessNotice access={hostAccess} />
      {contracts === null ? null : contracts.length === 0 ? (
        <EmptyState onOpenOptions={() => api.openOptions()} />
      ) : (
        <section aria-label={t('popup.contractsLabel')} class="cards">
          {order(contracts).map((c) => (
            <ContractCard key={c.id} contract={c} now={at} actions={actions} />
          ))}
        </section>
      )}
      <footer class="popup-foot">
        <p class="sl-muted" data-testid="sync-status">
          {syncText(status, at)}
        </p>
      </footer>
      <LiveRegion message={announcement} />
    </main>
  );
}
